package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.suites.DatabaseTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process is killed (SIGKILL) in the middle of an import; importing again completes it: every sheet once,
 * each whole, with its signed PDF, and nothing in conflict.
 */
@DatabaseTest
class SyncKillIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void anImportKilledHalfwayCompletesWhenRunAgain() throws Exception {
        Path folder = dir.resolve("share");
        Path dataB = dir.resolve("b").resolve("data");
        var expected = new TreeMap<UUID, JsonNode>();
        List<UUID> ids = new ArrayList<>();
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 7);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 8)) {
            for (int i = 0; i < 8; i++) {
                ids.add(a.signSheet(0));
            }
            a.revise(ids.get(0));
            a.context.sync().exporter().export(folder);
            b.trustEveryoneOf(a);
            expected.putAll(a.sheets());
        }
        for (int killAfter : new int[] {1, 4}) {
            int seen = runAndKill(dataB, folder, killAfter);
            assertThat(seen).isGreaterThanOrEqualTo(killAfter);
        }
        try (AppContext b = AppContext.open(dataB)) {
            ImportReport rest = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(rest.needingAttention()).isEmpty();
            assertThat(rest.results()).hasSize(9);
            assertThat(Laptop.sheets(b)).isEqualTo(expected);
            assertThat(b.sync().repository().counts().get("INSPECTION")).isEqualTo(9);
            for (UUID id : expected.keySet()) {
                assertThat(b.inspection().signing().signedPdf(id)).as("the signed PDF of %s", id).isPresent();
                assertThat(Files.size(b.inspection().signing().signedPdf(id).orElseThrow())).isPositive();
            }
        }
    }

    private int runAndKill(Path data, Path folder, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SyncImportProcess.class.getName(), data.toString(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("FILE ")) {
                    seen++;
                    if (seen >= killAfter) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return seen;
    }
}
