package com.logicheck.suites;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.logicheck.persistence.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the integration tests may be given (ADR 0038): {@value #VARIABLE} (or the system property
 * {@value #PROPERTY}) holds a JDBC URL of a database on it whose account may create databases, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres?user=logicheck&password=logicheck}. {@code .ci/run} starts one and
 * sets it; without it the PostgreSQL tests skip with that reason (and CI lists every skip).
 * <p>
 * Each data folder gets a database of its own, as each H2 test folder has its own file: copied ({@code CREATE DATABASE
 * … TEMPLATE}) from one migrated per test JVM, like {@link MigratedTemplate}, so the migrations run once; the same
 * folder opened again gets the same database. They stay when the JVM exits (a drop takes seconds); the next test JVM
 * drops those of ended JVMs in the background, and CI's server goes away with the run.
 */
public final class PostgresDatabases {
    public static final String VARIABLE = "LOGICHECK_TEST_PG_URL";
    public static final String PROPERTY = "logicheck.test.pgUrl";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");
    private static final Pattern LEFTOVER = Pattern.compile("lc_test_(\\d+)_\\w+");
    private static final String PREFIX = "lc_test_" + ProcessHandle.current().pid() + "_";
    private static final Map<Path, String> BY_FOLDER = new HashMap<>();
    private static final List<String> CREATED = new ArrayList<>();
    private static String template;

    private PostgresDatabases() {
    }

    /** The configured server's URL, if any. */
    public static Optional<String> url() {
        String url = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** Skips the calling test where no server is configured, saying how to configure one. */
    public static String assumeConfigured() {
        Optional<String> url = url();
        assumeTrue(url.isPresent(), "no PostgreSQL server for the tests: set " + VARIABLE
                + " to a JDBC URL whose account may create databases (README, PostgreSQL tests)");
        return url.orElseThrow();
    }

    /** The database of the data folder {@code dataDir}: created on the first open (migrated), the same one after. */
    public static synchronized Database databaseOf(Path dataDir) {
        String admin = assumeConfigured();
        Path key = dataDir.toAbsolutePath().normalize();
        String name = BY_FOLDER.get(key);
        if (name == null) {
            name = PREFIX + CREATED.size();
            execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + template(admin));
            CREATED.add(name);
            BY_FOLDER.put(key, name);
        }
        return Database.openServer(urlOf(admin, name), null, null);
    }

    /** A fresh, migrated database that belongs to no folder (for tests of the database alone). */
    public static synchronized Database fresh() {
        String admin = assumeConfigured();
        String name = PREFIX + CREATED.size();
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + template(admin));
        CREATED.add(name);
        return Database.openServer(urlOf(admin, name), null, null);
    }

    /** The URL of a fresh, migrated database of its own (for hub tests that open it more than once, issue 18). */
    public static synchronized String freshUrl() {
        String admin = assumeConfigured();
        String name = PREFIX + CREATED.size();
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + template(admin));
        CREATED.add(name);
        return urlOf(admin, name);
    }

    /** The URL of a new, empty database (no schema: {@code hub init} migrates it). */
    public static synchronized String emptyUrl() {
        String admin = assumeConfigured();
        String name = PREFIX + CREATED.size();
        execute(admin, "CREATE DATABASE " + name);
        CREATED.add(name);
        return urlOf(admin, name);
    }

    /**
     * Cuts a database off as a server going away would: no new connections, and those open are ended; {@code false}
     * lets connections in again.
     */
    public static void cutOff(String databaseUrl, boolean cut) {
        String admin = assumeConfigured();
        Matcher m = URL.matcher(databaseUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException(databaseUrl);
        }
        String name = m.group(2);
        execute(admin, "ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + !cut);
        if (cut) {
            execute(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        }
    }

    /** Runs one statement on the database of {@code databaseUrl}. */
    public static void executeOn(String databaseUrl, String sql) {
        execute(databaseUrl, sql);
    }

    /** {@code url} with its database replaced by {@code database}. */
    static String urlOf(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(VARIABLE + " is not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static String template(String admin) {
        if (template == null) {
            String name = PREFIX + "template";
            execute(admin, "CREATE DATABASE " + name);
            CREATED.add(name);
            Database.openServer(urlOf(admin, name), null, null).close();   // migrated once; closed, so it can be copied
            dropLeftoversInTheBackground(admin);
            template = name;
        }
        return template;
    }

    /**
     * Drops, on a daemon thread while the tests run, the databases left by test JVMs that have ended: dropping at exit
     * takes seconds per database on a busy server, longer than a test JVM is given to exit.
     */
    private static void dropLeftoversInTheBackground(String admin) {
        Thread cleaner = new Thread(() -> {
            List<String> left = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'lc\\_test\\_%'")) {
                while (rs.next()) {
                    left.add(rs.getString(1));
                }
            } catch (SQLException e) {
                return;   // nothing to clean, or no server: the tests will say so
            }
            for (String name : left) {
                Matcher m = LEFTOVER.matcher(name);
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    try {
                        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    } catch (IllegalStateException ignored) {
                        // another JVM dropped it first
                    }
                }
            }
        }, "drop-leftover-test-databases");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
