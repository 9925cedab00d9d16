package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.DiskSpace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The embedded H2 database in the data folder, migrated with the SQL files of {@code db/migration}.
 * Commits are written through at once ({@code WRITE_DELAY=0}) so an acknowledged edit survives the process
 * being killed; see ADR 0003. H2's in-place compaction on close is off ({@code MAX_COMPACT_TIME=0}); the file is
 * rewritten on closing instead, when it has grown enough (ADR 0026). An encrypted folder (ADR 0017) is opened with
 * {@code CIPHER=AES} and its key. The same schema and code also run on a PostgreSQL server ({@link #openServer},
 * ADR 0038), where the file's own upkeep (guard record, compaction, {@code BACKUP TO}) has no place.
 */
public final class Database implements AutoCloseable {
    private final Engine engine;
    private final JdbcConnectionPool pool;
    private final JdbcDataSource direct;
    private final StoreCompaction compaction;
    private final DSLContext dsl;
    private final GuardKeeper guardKeeper;

    private Database(Engine engine, JdbcConnectionPool pool, JdbcDataSource direct, StoreCompaction compaction,
                     DatabaseGuard guard) {
        this.engine = engine;
        this.pool = pool;
        this.direct = direct;
        this.compaction = compaction;
        this.guardKeeper = new GuardKeeper(pool, guard);
        // a transaction is bound to its thread, so a repository's own transaction joins the one a service opened
        // around it (UnitOfWork); a nested one is a savepoint (ADR 0032)
        this.dsl = DSL.using(new DefaultConfiguration().set(engine.dialect())
                .set(Engine.settings())
                .set(new ThreadBoundTransactions(new DataSourceConnectionProvider(pool))));
    }

    public static Database open(Path databaseFile) {
        return open(databaseFile, DatabaseKey.NONE);
    }

    /**
     * Opens (and migrates) the database; a wrong key, a damaged file or a folder in use are refused with their
     * own message, and a refused attempt changes nothing on disk.
     */
    public static Database open(Path databaseFile, DatabaseKey key) {
        String base = "jdbc:h2:file:" + databaseFile.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
                + (key.present() ? ";CIPHER=AES" : "");
        String password = key.h2Password(databaseFile.resolveSibling(DataDirectory.ENCRYPTION_MARKER));
        DatabaseGuard guard = new DatabaseGuard(databaseFile);
        OpenCheck.beforeWriting(base, password, databaseFile, key, guard);
        JdbcDataSource direct = new JdbcDataSource();
        direct.setURL(base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        direct.setUser("sa");
        direct.setPassword(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(direct);
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw failure(openProblem(e, databaseFile, key));
        }
        try {
            migrate(pool, Engine.H2);
        } catch (FlywayException e) {
            pool.dispose();
            // the history was compared before (OpenCheck); what fails now is the file itself
            throw failure(e instanceof FlywayValidateException
                    ? Problem.of("problem.database.migrationMismatch", databaseFile.getParent().toString(), firstLine(e))
                    : Problem.of("problem.database.damaged", databaseFile.getParent().toString(), firstLine(e)));
        }
        Database db = new Database(Engine.H2, pool, direct, new StoreCompaction(databaseFile), guard);
        db.guardKeeper.start();
        return db;
    }

    /**
     * Opens (and migrates) the database of a PostgreSQL server, e.g. {@code jdbc:postgresql://host/logicheck}
     * (ADR 0038). A server that cannot be reached or refuses the account is told as such, with the address.
     */
    public static Database openServer(String jdbcUrl, String user, String password) {
        if (Engine.of(jdbcUrl) != Engine.POSTGRES) {
            throw new LocalFault(Problem.of("problem.database.engine", Engine.redacted(jdbcUrl)));
        }
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(jdbcUrl);
        if (user != null) {   // else the URL's own (user=…&password=…)
            source.setUser(user);
            source.setPassword(password);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try {
            refuseNewerSchema(pool, jdbcUrl);
            migrate(pool, Engine.POSTGRES);
        } catch (LocalFault e) {
            pool.dispose();
            throw e;
        } catch (SQLException | FlywayException e) {
            pool.dispose();
            throw new LocalFault(Problem.of("problem.database.open", Engine.redacted(jdbcUrl), firstLine(e)));
        }
        return new Database(Engine.POSTGRES, pool, null, null, null);
    }

    /**
     * A server's database migrated by a newer LogiCheck is refused before anything is written, with both versions
     * (issue 18): Flyway would only say that an applied migration is not resolved locally. The hub's history also
     * holds PostgreSQL's own type declarations (V0.x), so only the highest version is compared, not the whole list.
     */
    private static void refuseNewerSchema(JdbcConnectionPool pool, String jdbcUrl) throws SQLException {
        MigrationVersion highest = MigrationVersion.EMPTY;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            if (rs.next() && rs.getBoolean(1)) {
                for (MigrationHistory.Applied a : MigrationHistory.read(c)) {
                    highest = a.version().compareTo(highest) > 0 ? a.version() : highest;
                }
            }
        }
        if (highest.compareTo(MigrationHistory.latest()) > 0) {
            throw new LocalFault(Problem.of("problem.database.migrate", Engine.redacted(jdbcUrl),
                    "V" + highest.getVersion(), "V" + MigrationHistory.latest().getVersion()));
        }
    }

    // Flyway ignores migrations it does not know ("*:future") by default: an older LogiCheck would then open (and write
    // into) a newer one's database; nothing is ignored here, so such a database is refused
    private static void migrate(JdbcConnectionPool pool, Engine engine) {
        Flyway.configure().dataSource(pool).locations(engine.migrations()).ignoreMigrationPatterns(new String[0]).load()
                .migrate();
    }

    public Engine engine() {
        return engine;
    }

    /**
     * A database that cannot be opened is a fault of this computer (CLI exit 3, ADR 0028), except a wrong password,
     * which is the person's to correct (exit 2).
     */
    static DomainException failure(Problem problem) {
        return problem.key().equals("problem.database.wrongPassword") ? new DomainException(problem) : new LocalFault(problem);
    }

    static Problem openProblem(SQLException e, Path databaseFile, DatabaseKey key) {
        String folder = databaseFile.getParent().toString();
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> Problem.of("problem.dataDir.inUse", folder, e.getMessage());
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    key.present() ? Problem.of("problem.database.wrongPassword")
                            : Problem.of("problem.database.damaged", folder, firstLine(e));
            case ErrorCode.FILE_CORRUPTED_1 -> Problem.of("problem.database.damaged", folder, firstLine(e));
            default -> DiskSpace.isFull(e) ? Problem.of("problem.disk.full", folder)
                    : DatabaseFault.isLocal(e) ? Problem.of("problem.database.damaged", folder, firstLine(e))
                    : Problem.of("problem.database.open", folder, firstLine(e));
        };
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        int hint = line.indexOf(". Possible solution");
        return hint < 0 ? line : line.substring(0, hint); // H2's advice (its recovery tool) is not the user's way out
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * A consistent copy of the open database, taken while it is in use (H2 {@code BACKUP TO}): a zip holding the
     * database file exactly as stored, so an encrypted database stays encrypted in the copy (ADR 0016).
     */
    public void backupTo(Path zip) throws SQLException {
        if (engine != Engine.H2) {
            throw new SQLException("a server's database is backed up by the server (pg_dump), not by LogiCheck");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        guardKeeper.record();
    }

    /** Whether the database still answers a trivial query (a hub asks after a failure: did the server go away?). */
    public boolean answers() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version of the last migration applied to this database, e.g. "5". */
    public String schemaVersion() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                     + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        } catch (SQLException e) {
            return "0";
        }
    }

    /** The newest migration this build of LogiCheck knows (the schema version a fresh database gets). */
    public static String latestSchemaVersion() {
        return MigrationHistory.resolved().isEmpty() ? "0" : MigrationHistory.latest().toString();
    }

    /**
     * Closes the pool and shuts the database down on a connection of its own (a pooled connection closed after
     * {@code SHUTDOWN} rolls back on a closed database, and H2 wrote that exception to the folder's trace file on
     * every exit), rewriting the file first when it has grown enough ({@link StoreCompaction}, ADR 0026).
     */
    @Override
    public void close() {
        if (engine != Engine.H2) {
            pool.dispose();
            return;
        }
        boolean compact = compaction.due();
        guardKeeper.stop();
        DatabaseGuard.Contents last;
        try (var c = direct.getConnection(); var s = c.createStatement()) {
            last = guardKeeper.readQuietly(c);
            pool.dispose();   // the direct connection keeps the database open until SHUTDOWN
            s.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException ignored) {
            pool.dispose();   // already closed
            return;
        }
        if (compact) {
            compaction.rewritten();
        }
        guardKeeper.closedCleanly(last);
    }
}
