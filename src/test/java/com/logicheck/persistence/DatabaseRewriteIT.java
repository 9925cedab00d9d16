package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.files.Sha256;
import com.logicheck.suites.DatabaseTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 整理数据库 at any size (ADR 0041): a file grown by many small commits (and not rewritten on closing, as a file
 * above 512 MB is not) is rewritten to its live size with every row; a cancel leaves it as it was; a process killed
 * at any step leaves a normal next start with nothing lost, and the leftovers go once the folder has opened.
 */
@DatabaseTest
class DatabaseRewriteIT {
    static final DatabaseRewrite.Monitor NO_CANCEL = new DatabaseRewrite.Monitor() {
        @Override
        public void progress(long done, long total) {
            // not watched
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
    @TempDir
    Path tmp;
    Path data;
    Path mv;

    @BeforeEach
    void aGrownDatabaseTheCloseDidNotRewrite() throws IOException {
        data = tmp.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            // as if rewritten at a huge size: closing leaves the grown file alone, as it does above 512 MB
            Files.writeString(data.resolve("db/logicheck.compacted"), Long.toString(1L << 40));
            Database db = context.core().database();
            db.dsl().execute("CREATE TABLE probe(id INT PRIMARY KEY, note VARCHAR(200))");
            for (int i = 0; i < 900; i++) {
                db.dsl().execute("MERGE INTO probe KEY(id) VALUES (?, ?)", i % 300, "东院区心内科病区 第 " + i + " 次");
            }
        }
        mv = data.resolve("db/logicheck.mv.db");
    }

    @Test
    void aGrownFileIsRewrittenToItsLiveSizeWithEveryRow() throws IOException {
        long before = Files.size(mv);
        DatabaseRewrite.Result result;
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            result = new DatabaseRewrite(dir, DatabaseKey.NONE, DatabaseRewrite.Hook.NONE).run(NO_CANCEL);
        }
        assertThat(result.before()).isEqualTo(before);
        assertThat(result.after()).isEqualTo(Files.size(mv)).isLessThan(before / 2);
        assertThat(data.resolve("db").resolve(DatabaseRewrite.WORK)).doesNotExist();
        assertRowsThere();
    }

    @Test
    void aCancelledRewriteLeavesTheFileAsItWas() throws IOException {
        String sha = Sha256.hex(mv);
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            DatabaseRewrite.Monitor cancelSoon = new DatabaseRewrite.Monitor() {
                long seen;

                @Override
                public void progress(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean cancelled() {
                    return seen > 0;
                }
            };
            assertThatThrownBy(() -> new DatabaseRewrite(dir, DatabaseKey.NONE, DatabaseRewrite.Hook.NONE).run(cancelSoon))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(Sha256.hex(mv)).isEqualTo(sha);
        assertThat(data.resolve("db").resolve(DatabaseRewrite.WORK)).doesNotExist();
        assertRowsThere();
    }

    @ParameterizedTest
    @EnumSource(DatabaseRewrite.Step.class)
    @Timeout(120)
    void aRewriteKilledAtAnyStepLeavesANormalStartWithNothingLost(DatabaseRewrite.Step step) throws Exception {
        long before = Files.size(mv);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DatabaseRewriteProcess.class.getName(), data.toString(), step.name()).redirectErrorStream(true).start();
        boolean reached = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("AT " + step)) {
                    reached = true;
                    p.destroyForcibly(); // SIGKILL at that step
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reached).as("killed at " + step).isTrue();
        Path work = data.resolve("db").resolve(DatabaseRewrite.WORK);
        assertThat(work).as("the kill left the rewrite's work").exists();
        boolean swapped = step == DatabaseRewrite.Step.SWAPPED;
        assertThat(Files.size(mv)).as(swapped ? "the new file is in place" : "the old file is in place")
                .matches(size -> swapped ? size < before / 2 : size == before);
        assertRowsThere();
        assertThat(work).as("removed once the folder opened").doesNotExist();
    }

    /** A normal start (the app's own open and checks), the rows there, and the leftovers removed as the app does. */
    private void assertRowsThere() {
        try (AppContext context = AppContext.open(data)) {
            Database db = context.core().database();
            assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM probe")).isEqualTo(300L);
            assertThat(db.dsl().fetchValue("SELECT note FROM probe WHERE id = 299")).isEqualTo("东院区心内科病区 第 899 次");
            DatabaseRewrite.removeLeftovers(context.core().dataDirectory());
        }
    }
}
