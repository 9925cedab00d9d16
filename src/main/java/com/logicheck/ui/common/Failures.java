package com.logicheck.ui.common;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;

/** Turns what went wrong in background work into a sentence for the user. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Exception e, Messages messages) {
        if (e instanceof DomainException d) {
            return messages.problems(d);
        }
        if (com.logicheck.persistence.DiskSpace.isFull(e)) {
            return messages.get("problem.disk.fullWhileSaving");
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return messages.get("common.unexpected", detail);
    }
}
