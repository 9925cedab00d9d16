package com.logicheck.app;

/**
 * The exit codes of every command (ADR 0028, README «命令行»): a script can tell "done" from "partly done", "refused"
 * and "this computer failed" without reading the text.
 */
final class ExitCode {
    /** Everything asked for was done. */
    static final int DONE = 0;
    /** Part of it was done; a summary line on stderr says what failed and why. */
    static final int PARTLY_DONE = 1;
    /** Refused: bad input, a wrong password, no permission, or a domain rule; nothing was changed. */
    static final int REFUSED = 2;
    /** A local fault (full disk, folder not writable, damaged database): nothing was changed, no partial file left. */
    static final int LOCAL_FAULT = 3;
    /** A bug: the command stopped unexpectedly. */
    static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
