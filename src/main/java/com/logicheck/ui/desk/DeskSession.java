package com.logicheck.ui.desk;

import com.logicheck.service.RectificationDeskService.SessionNotice;

/**
 * What the home screen's overdue notice remembers for this run of the app: the notice computed once at start-up
 * (computing it again would compare with the session just started) and whether the user dismissed it.
 */
public final class DeskSession {
    private SessionNotice notice;
    private boolean requested;
    private boolean dismissed;

    SessionNotice notice() {
        return notice;
    }

    void notice(SessionNotice n) {
        notice = n;
    }

    boolean requested() {
        return requested;
    }

    void requested(boolean r) {
        requested = r;
    }

    boolean dismissed() {
        return dismissed;
    }

    void dismiss() {
        dismissed = true;
    }
}
