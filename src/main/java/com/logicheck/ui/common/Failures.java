package com.logicheck.ui.common;

import com.logicheck.domain.DomainException;
import com.logicheck.files.DiskSpace;
import com.logicheck.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.value.WritableValue;

/**
 * Turns what went wrong in background work into a sentence for the user: a refusal's own message, or for anything
 * unexpected a sentence pointing to the data folder's log file (ADR 0030), never the exception's text.
 */
public final class Failures {
    private Failures() {
    }

    public static String describe(Exception e, Messages messages) {
        if (e instanceof DomainException d) {
            return messages.problems(d);
        }
        if (DiskSpace.isFull(e)) {
            return messages.get("problem.disk.fullWhileSaving");
        }
        // a bug: no exception text (it may hold SQL, internal paths or class names); the log file has the details
        return messages.get("common.unexpected");
    }

    /** The usual failure handler of background work: the sentence for what went wrong goes into {@code target}. */
    public static Consumer<Exception> shownIn(WritableValue<String> target, Messages messages) {
        return e -> target.setValue(describe(e, messages));
    }
}
