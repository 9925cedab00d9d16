package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync export} / {@code sync import}: the summary, refusals with reasons, exit codes with and without --strict. */
@DatabaseTest
class SyncCliIT {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void exportAndImportFromTheCommandLine() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path folder = dir.resolve("同步");
        try (AppContext c = AppContext.open(MigratedTemplate.into(a))) {
            SignedSheetFixture.finished(c, dir.resolve("scratch")).sign();
        }
        CliRun exported = run("--data-dir=" + a, "sync", "export", "--to", folder.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("写入 1 个文件，文件夹中已有 0 张");
        assertThat(run("--data-dir=" + a, "sync", "export", "--to", folder.toString()).out())
                .contains("写入 0 个文件，文件夹中已有 1 张");
        Files.write(folder.resolve("坏文件.pdf"), "%PDF-1.7 nothing here".getBytes(StandardCharsets.US_ASCII));

        CliRun held = run("--data-dir=" + b, "sync", "import", "--from", folder.toString());
        assertThat(held.exit()).as(held.err()).isZero();
        assertThat(held.out()).contains("[待信任]", "不在信任名单上", "[拒收] 坏文件.pdf：文件不完整",
                "新增 0，更新 0，跳过 0，冲突 0，待信任 1，拒收 1");
        assertThat(run("--data-dir=" + b, "sync", "import", "--from", folder.toString(), "--strict").exit()).isEqualTo(1);

        Path sheet = Files.list(folder).filter(p -> !p.getFileName().toString().startsWith("坏")).findFirst().orElseThrow();
        CliRun.supervisorActs(b, "王主管");
        assertThat(run("--data-dir=" + b, "trust", sheet.toString()).exit()).isZero();
        CliRun imported = run("--data-dir=" + b, "sync", "import", "--from", folder.toString());
        assertThat(imported.out()).contains("新增 1，更新 0，跳过 0，冲突 0，待信任 0，拒收 1");
        CliRun again = run("--data-dir=" + b, "--lang=en", "sync", "import", "--from", folder.toString());
        assertThat(again.out()).contains("new 0, updated 0, skipped 1, conflicts 0, held back 0, refused 1");
    }
}
