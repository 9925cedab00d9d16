package com.logicheck.ui.desk;

import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationDeskService.DeskOrder;
import com.logicheck.service.RectificationDeskService.SessionNotice;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The home screen's start-up notice: which 整改通知单 have become overdue since the last session (the last-seen
 * instant is kept in settings by {@link RectificationDeskService#startSession}). Non-modal: a banner with a button to
 * the desk and one to dismiss it for this session.
 */
public final class OverdueNoticeModel {
    static final int SHOWN = 5;
    private final RectificationDeskService desk;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ZoneId zone;
    private final DeskSession session;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lines = new ReadOnlyStringWrapper("");

    public OverdueNoticeModel(RectificationDeskService desk, Messages messages, TaskExecutor executor, Navigator navigator,
                              ZoneId zone, DeskSession session) {
        this.desk = desk;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.zone = zone;
        this.session = session;
    }

    /** The first call of the app's run starts the session (background); later calls show what it found. */
    public void start() {
        if (session.requested()) {
            show(session.notice());
            return;
        }
        session.requested(true);
        executor.submit(() -> desk.startSession(100), n -> {
            session.notice(n);
            show(n);
        }, e -> {
            headline.set(Failures.describe(e, messages));
            visible.set(true);
        });
    }

    private void show(SessionNotice n) {
        if (n == null || n.newlyOverdue().isEmpty() || session.dismissed()) {
            visible.set(false);
            return;
        }
        List<DeskOrder> rows = n.newlyOverdue();
        String since = n.lastSession().map(t -> t.atZoneSameInstant(zone).toLocalDate().toString())
                .orElse(null);
        headline.set(since == null ? messages.get("desk.notice.first", rows.size())
                : messages.get("desk.notice.since", since, rows.size()));
        String shown = rows.stream().limit(SHOWN).map(r -> messages.get("desk.notice.line", r.provider(), r.place(),
                r.items(), r.deadline().toString(), r.daysOverdue())).collect(Collectors.joining("\n"));
        lines.set(rows.size() > SHOWN ? shown + "\n" + messages.get("desk.notice.more", rows.size() - SHOWN) : shown);
        visible.set(true);
    }

    public void openDesk() {
        dismiss();
        navigator.desk();
    }

    public void dismiss() {
        session.dismiss();
        visible.set(false);
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linesProperty() {
        return lines.getReadOnlyProperty();
    }
}
