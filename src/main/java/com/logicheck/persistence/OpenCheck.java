package com.logicheck.persistence;

import com.logicheck.domain.Problem;
import com.logicheck.files.DiskSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The check before anything writes to the database file (ADR 0029): H2 opens it read-only
 * ({@code ACCESS_MODE_DATA=r}: no compaction, no migration, no write), and a file that shows less than the guard
 * record, a missing or empty file where there was data, a file H2 cannot read and a migration history this build
 * cannot continue are refused. A file H2 can only open by writing to it (cut off: it must settle on an older chunk)
 * is checked on a copy in {@code db/.check/}, which is deleted afterwards.
 */
final class OpenCheck {
    private static final String COPY_FOLDER = ".check";

    private OpenCheck() {
    }

    static void beforeWriting(String base, String password, Path databaseFile, DatabaseKey key, DatabaseGuard guard) {
        String folder = databaseFile.getParent().toString();
        Path file = databaseFile.resolveSibling(databaseFile.getFileName() + ".mv.db");
        long size;
        try {
            size = Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw Database.failure(Problem.of("problem.database.open", folder, Database.firstLine(e)));
        }
        if (size == 0) {
            if (guard.expectsContent()) {
                throw Database.failure(Problem.of("problem.database.missing", folder));
            }
            return;   // a new folder: H2 creates the file
        }
        try {
            compare(connect(base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", password), guard, folder);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_READ_ONLY) {
                throw Database.failure(Database.openProblem(e, databaseFile, key));
            }
            onACopy(base, password, databaseFile, key, guard);
        }
    }

    /** H2 has to write to open this file: the same check on a copy, so the original stays as it is until it passes. */
    private static void onACopy(String base, String password, Path databaseFile, DatabaseKey key, DatabaseGuard guard) {
        String folder = databaseFile.getParent().toString();
        Path work = databaseFile.resolveSibling(COPY_FOLDER);
        try {
            DatabaseEncryption.deleteTree(work);
            Files.createDirectories(work);
            String name = databaseFile.getFileName().toString();
            Files.copy(databaseFile.resolveSibling(name + ".mv.db"), work.resolve(name + ".mv.db"));
            String copy = base.replace(databaseFile.toAbsolutePath().toString(), work.resolve(name).toAbsolutePath().toString());
            compare(connect(copy + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0", password), guard, folder);
        } catch (SQLException e) {
            throw Database.failure(Database.openProblem(e, databaseFile, key));
        } catch (IOException e) {
            throw Database.failure(DiskSpace.isFull(e, work) ? Problem.of("problem.disk.full", folder)
                    : Problem.of("problem.database.open", folder, Database.firstLine(e)));
        } finally {
            try {
                DatabaseEncryption.deleteTree(work);
            } catch (IOException ignored) {
                // removed at the next check
            }
        }
    }

    private static Connection connect(String url, String password) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword(password);
        return source.getConnection();
    }

    private static void compare(Connection connection, DatabaseGuard guard, String folder) throws SQLException {
        try (Connection c = connection) {
            List<Problem> losses = guard.losses(DatabaseGuard.read(c));
            if (!losses.isEmpty()) {
                throw Database.failure(Problem.of("problem.database.wentBack", folder, losses));
            }
            Optional<Problem> mismatch = MigrationHistory.mismatch(MigrationHistory.read(c), MigrationHistory.resolved(),
                    folder);
            if (mismatch.isPresent()) {
                throw Database.failure(mismatch.get());
            }
        }
    }
}
