package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database in the data folder, migrated with the SQL files of {@code db/migration}.
 * Commits are written through at once ({@code WRITE_DELAY=0}) so an acknowledged edit survives the process
 * being killed; see ADR 0003.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    public static Database open(Path databaseFile) {
        String url = "jdbc:h2:file:" + databaseFile.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            String key = e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "problem.dataDir.inUse" : "problem.database.open";
            throw new DomainException(Problem.of(key, databaseFile.getParent().toString(), e.getMessage()));
        }
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new Database(pool);
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }
}
