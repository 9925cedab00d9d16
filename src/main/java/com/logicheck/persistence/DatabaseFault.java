package com.logicheck.persistence;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * The local database failed while reading or writing (a damaged page, an I/O error, H2 closed the store after one):
 * {@code problem.database.fault}, a fault of this laptop's database, never of the file or input being processed
 * (ADR 0029). Whoever catches "anything a file may cause" lets this one through.
 */
public final class DatabaseFault extends LocalFault {
    private static final long serialVersionUID = 1L;
    /** H2's codes for a store that cannot be read or written; constraint and data errors are not among them. */
    private static final Set<Integer> STORE_ERRORS = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1,
            ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.FILE_NOT_FOUND_1);

    public DatabaseFault(Throwable cause) {
        super(Problem.of("problem.database.fault"));
        initCause(cause);
    }

    /** Whether {@code e} (or one of its causes) is the local database failing rather than what it was given. */
    public static boolean isLocal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseFault || t instanceof MVStoreException) {
                return true;
            }
            if (t instanceof SQLException s && STORE_ERRORS.contains(s.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** {@code e} as a {@link DatabaseFault} when it is one, else {@code e} itself. */
    public static RuntimeException translate(RuntimeException e) {
        return e instanceof DatabaseFault || !isLocal(e) ? e : new DatabaseFault(e);
    }
}
