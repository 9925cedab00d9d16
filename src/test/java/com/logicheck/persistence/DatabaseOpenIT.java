package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a database does not open is told apart: a newer LogiCheck's database, a migration history that does not match
 * this build (issue 19 case 9, told with the versions, not as damage), or a damaged one.
 */
@DatabaseTest
class DatabaseOpenIT {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOfANewerVersionIsRefusedAsSuch() {
        Path file = dir.resolve("logicheck");
        try (Database db = Database.open(file)) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 1, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.database.migrate"));
    }

    @Test
    void aMigrationHistoryThatDoesNotMatchIsToldWithItsVersionsAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("logicheck");
        try (Database db = Database.open(file)) {
            // as if a build with a V14 had migrated it, and V3 had been edited after its release
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"version\" = '14', \"script\" = 'V14__x.sql' "
                    + "WHERE \"version\" = '13'");
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '3'");
        }
        Path mv = dir.resolve("logicheck.mv.db");
        byte[] before = Files.readAllBytes(mv);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DomainException.class).satisfies(e -> {
            DomainException d = (DomainException) e;
            assertThat(d.first().key()).isEqualTo("problem.database.migrationMismatch");
            assertThat(new Messages(Messages.CHINESE).problems(d))
                    .contains("数据库的迁移记录与本程序不一致")
                    .contains("程序中的 V3 与数据库当初执行的内容不同")
                    .contains("数据库中有 V14，程序中没有")
                    .contains("程序中的 V13 编号低于数据库已执行的 V" + Database.latestSchemaVersion())
                    .doesNotContain("损坏，无法打开");
        });
        assertThat(Files.readAllBytes(mv)).as("nothing was written").isEqualTo(before);
    }
}
