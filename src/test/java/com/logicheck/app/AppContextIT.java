package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a data folder: migrations, built-in templates, single instance, unwritable folders. */
@DatabaseTest
class AppContextIT {
    @TempDir
    Path dir;

    @Test
    void aFreshFolderGetsEveryBuiltInTemplateOnce() {
        int builtIns = new BuiltInTemplates(new TemplateFiles()).fileNames().size();
        try (AppContext context = AppContext.open(dir)) {
            assertThat(context.core().templates().latest()).hasSize(builtIns);
        }
        try (AppContext context = AppContext.open(dir)) {
            assertThat(context.core().templates().latest()).hasSize(builtIns);
        }
    }

    @Test
    void aTemplateReadsBackFromTheDatabaseExactlyAsWritten() {
        TemplateFiles files = new TemplateFiles();
        try (AppContext context = AppContext.open(dir)) {
            for (ChecklistTemplate original : new BuiltInTemplates(files).load()) {
                ChecklistTemplate stored = context.core().templates().load(original.id());
                assertThat(stored).isEqualTo(original);
                assertThat(files.contentHash(stored)).isEqualTo(files.contentHash(original));
            }
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedClearly() {
        try (AppContext first = AppContext.open(dir)) {
            assertThatThrownBy(() -> AppContext.open(dir)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.dataDir.inUse"));
        }
        try (AppContext again = AppContext.open(dir)) {
            assertThat(again.core().templates().latest()).isNotEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> AppContext.open(file.resolve("data"))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.dataDir.notWritable"));
    }

    @Test
    @DependsOnMachine
    void aReadOnlyFolderIsRefusedClearly() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        Assumptions.assumeFalse(Files.isWritable(readOnly), "root ignores permissions");
        assertThatThrownBy(() -> AppContext.open(readOnly)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.dataDir.notWritable"));
    }
}
