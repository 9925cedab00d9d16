package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a database does not open is told apart: a newer LogiCheck's database, or a damaged one. */
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
}
