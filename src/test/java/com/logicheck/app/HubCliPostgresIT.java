package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.persistence.Database;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.suites.PostgresDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 2: {@code hub init} migrates an empty PostgreSQL database and prints its schema version; a database
 * of a newer LogiCheck, an unreadable password file and an address of another engine are refused with their own
 * message and nothing written; the hub's help comes from the bundles.
 */
@DatabaseTest
@DependsOnMachine
class HubCliPostgresIT {
    @TempDir
    Path dir;

    @Test
    void initMigratesAnEmptyDatabaseAndPrintsItsVersionTwice() throws SQLException {
        String url = PostgresDatabases.emptyUrl();
        String version = Database.latestSchemaVersion();
        CliRun first = CliRun.of("hub", "init", "--database", url, "--data-dir", dir.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("已就绪", "数据结构版本 " + version).doesNotContain("password=logicheck");
        assertThat(count(url, "SELECT count(*) FROM inspection")).isZero();
        CliRun again = CliRun.of("hub", "init", "--database", url, "--lang", "en", "--data-dir", dir.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("is ready, schema version " + version);
    }

    @Test
    void aDatabaseOfANewerLogiCheckIsRefusedAndLeftAsItWas() throws SQLException {
        String url = PostgresDatabases.freshUrl();
        PostgresDatabases.executeOn(url, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (1000, '99', 'future', 'SQL',"
                + " 'V99__future.sql', 0, 'later', 0, TRUE)");
        long rows = count(url, "SELECT count(*) FROM flyway_schema_history");
        CliRun run = CliRun.of("hub", "init", "--database", url, "--lang", "en", "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(run.err()).contains("comes from a newer LogiCheck", "V99", "V" + Database.latestSchemaVersion(),
                "nothing was changed");
        assertThat(count(url, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(rows);
    }

    @Test
    void anUnreadablePasswordFileAndAnotherEngineAreRefused() {
        String url = PostgresDatabases.freshUrl();
        CliRun noFile = CliRun.of("hub", "init", "--database", url, "--user", "logicheck_ci", "--password-file",
                dir.resolve("missing.txt").toString(), "--lang", "en", "--data-dir", dir.toString());
        assertThat(noFile.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(noFile.err()).contains("missing.txt");
        CliRun mysql = CliRun.of("hub", "init", "--database", "jdbc:mysql://db/logicheck?password=geheim", "--lang", "en",
                "--data-dir", dir.toString());
        assertThat(mysql.exit()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(mysql.err()).contains("jdbc:postgresql:").doesNotContain("geheim");
    }

    @Test
    void aPasswordFileLogsIn() throws Exception {
        String url = PostgresDatabases.freshUrl();
        String bare = url.replaceAll("\\?.*", "");
        Path secret = Files.writeString(dir.resolve("pw.txt"), "logicheck_ci\n");
        CliRun run = CliRun.of("hub", "init", "--database", bare, "--user", "logicheck_ci", "--password-file",
                secret.toString(), "--data-dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void importListsWhatWasHeldOrRefusedThenTrustImportsAndAgainAddsNothing() throws Exception {
        String url = PostgresDatabases.freshUrl();
        Path laptop = dir.resolve("laptop");
        Path folder = dir.resolve("东院区/同步");
        try (AppContext c = AppContext.open(MigratedTemplate.into(laptop))) {
            SignedSheetFixture.finished(c, dir.resolve("scratch")).sign();
        }
        assertThat(CliRun.of("--data-dir=" + laptop, "sync", "export", "--to", folder.toString()).exit()).isZero();
        Path sheet;
        try (var files = Files.list(folder)) {
            sheet = files.findFirst().orElseThrow();
        }
        Files.write(folder.resolve("坏文件.pdf"), "%PDF-1.7 nothing here".getBytes(StandardCharsets.US_ASCII));
        String hubFiles = dir.resolve("hub").toString();

        CliRun held = CliRun.of("hub", "import", "--database", url, "--files", hubFiles, "--from", folder.toString());
        assertThat(held.exit()).as(held.err()).isZero();
        assertThat(held.out()).contains("[待信任]", "[拒收] 坏文件.pdf", "新增 0，更新 0，跳过 0，冲突 0，待信任 1，拒收 1");
        assertThat(count(url, "SELECT count(*) FROM inspection")).isZero();

        CliRun trust = CliRun.of("hub", "trust", "--database", url, "--files", hubFiles, sheet.toString());
        assertThat(trust.exit()).as(trust.err()).isZero();
        assertThat(trust.out()).contains("张伟");
        CliRun in = CliRun.of("hub", "import", "--database", url, "--files", hubFiles, "--from", folder.toString());
        assertThat(in.out()).contains("新增 1，更新 0，跳过 0，冲突 0，待信任 0，拒收 1");
        assertThat(count(url, "SELECT count(*) FROM inspection")).isEqualTo(1);
        CliRun again = CliRun.of("hub", "import", "--database", url, "--files", hubFiles, "--from", folder.toString(),
                "--lang", "en");
        assertThat(again.out()).contains("new 0, updated 0, skipped 1, conflicts 0, held back 0, refused 1");
        assertThat(count(url, "SELECT count(*) FROM inspection")).isEqualTo(1);
    }

    @Test
    void theHubsHelpIsInBothLanguages() {
        CliRun zh = CliRun.of("hub", "import", "--help", "--data-dir", dir.toString());
        assertThat(zh.out()).contains("每个文件一个事务", "同步文件夹");
        CliRun en = CliRun.of("hub", "watch", "--help", "--lang", "en", "--data-dir", dir.toString());
        assertThat(en.out()).contains("Keep watching the sync folders", "seconds between two looks");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
