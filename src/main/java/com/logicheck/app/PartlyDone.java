package com.logicheck.app;

import com.logicheck.domain.Problem;

/** A command did part of what was asked; {@code summary} says what failed. Exits with {@link ExitCode#PARTLY_DONE}. */
final class PartlyDone extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem summary;

    PartlyDone(Problem summary) {
        super(summary.toString());
        this.summary = summary;
    }

    Problem summary() {
        return summary;
    }
}
