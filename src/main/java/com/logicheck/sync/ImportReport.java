package com.logicheck.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** 导入结果: what an import did with each file, and the counts the summary shows. */
public final class ImportReport {

    /** What happened to one file. */
    public enum Kind { NEW, UPDATED, SKIPPED, CONFLICT, HELD, REFUSED }

    /** The message keys of a signed record's verdicts (applied, skipped, conflict, waits, refused) begin so. */
    static final String RECORD_REASONS = "sync.record.";

    /**
     * One file's verdict. {@code reason} is a message key with {@code args} (HELD, REFUSED and CONFLICT);
     * {@code sheetId} the sheet concerned when known.
     */
    public record FileResult(Path file, Kind kind, String reason, List<Object> args, UUID sheetId) {
        public FileResult {
            args = List.copyOf(args);
        }

        /** Whether the verdict is about a signed record (ADR 0022): its reason is one of the record's own. */
        public boolean aboutRecord() {
            return reason != null && reason.startsWith(RECORD_REASONS);
        }

        static FileResult refused(Path file, String reason, Object... args) {
            return new FileResult(file, Kind.REFUSED, reason, List.of(args), null);
        }
    }

    private final List<FileResult> results = new ArrayList<>();

    synchronized void add(FileResult result) {
        results.add(result);
    }

    public synchronized List<FileResult> results() {
        return Collections.unmodifiableList(new ArrayList<>(results));
    }

    public synchronized long count(Kind kind) {
        return results.stream().filter(r -> r.kind() == kind).count();
    }

    /** The files that need a person: refused, held back (untrusted signer) and conflicts. */
    public synchronized List<FileResult> needingAttention() {
        return results.stream().filter(r -> r.kind() == Kind.REFUSED || r.kind() == Kind.HELD
                || r.kind() == Kind.CONFLICT).toList();
    }
}
