package com.logicheck.persistence;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/**
 * The database engine behind a JDBC URL (ADR 0038): the laptop's embedded H2 file or an organisation's PostgreSQL
 * server. Both run the same migrations of {@code db/migration}, plus the few files whose syntax differs from the
 * engine's own folder ({@code db/h2}, {@code db/postgresql}), and the same jOOQ code in the engine's dialect.
 */
public enum Engine {
    H2(SQLDialect.H2, "classpath:db/h2"),
    POSTGRES(SQLDialect.POSTGRES, "classpath:db/postgresql");

    static final String COMMON_MIGRATIONS = "classpath:db/migration";
    private final SQLDialect dialect;
    private final String ownMigrations;

    Engine(SQLDialect dialect, String ownMigrations) {
        this.dialect = dialect;
        this.ownMigrations = ownMigrations;
    }

    /** The engine of {@code jdbcUrl} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}); any other is refused. */
    public static Engine of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new LocalFault(Problem.of("problem.database.engine", redacted(jdbcUrl)));
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Where Flyway finds this engine's migrations: the common folder and the engine's own. */
    public String[] migrations() {
        return new String[] {COMMON_MIGRATIONS, ownMigrations};
    }

    /**
     * How jOOQ renders SQL on either engine. The classes are generated from H2, whose names are upper case; rendered
     * unquoted and without the {@code PUBLIC} schema, H2 folds them to upper case and PostgreSQL to lower case, so
     * the same query finds the same table on both (quoted, {@code "PUBLIC"."INSPECTION"} exists only on H2).
     */
    public static Settings settings() {
        return new Settings().withExecuteLogging(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false);
    }

    /** A URL as it may be shown: without a password parameter. */
    public static String redacted(String jdbcUrl) {
        return jdbcUrl == null ? "" : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
