package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.suites.DatabaseTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every edit is saved at once and survives a crash: a separate JVM edits a sheet, is killed (SIGKILL) right
 * after an acknowledged edit, and the reopened database holds that edit.
 */
@DatabaseTest
class DurabilityKillIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void anAcknowledgedEditSurvivesTheProcessBeingKilled() throws Exception {
        for (int round = 0; round < 3; round++) {
            killAfterAcknowledgements(dir.resolve("round" + round), 15 + round * 20);
        }
    }

    private void killAfterAcknowledgements(Path data, int acks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditWriterProcess.class.getName(), data.toString()).redirectErrorStream(false).start();
        UUID sheet = null;
        String lastAck = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("SHEET ")) {
                    sheet = UUID.fromString(line.substring(6));
                } else if (line.startsWith("ACK ")) {
                    lastAck = line;
                    if (Integer.parseInt(line.split(" ")[1]) >= acks) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAck).as("the writer acknowledged edits").isNotNull();
        String[] parts = lastAck.split(" ");
        int n = Integer.parseInt(parts[1]);
        UUID item = UUID.fromString(parts[2]);
        try (AppContext reopened = AppContext.open(data)) {
            ItemResult stored = reopened.inspection().inspections().results(sheet).get(item);
            assertThat(stored).as("edit %d was acknowledged before the kill", n).isNotNull();
            // the same item may have been edited again after n; its note is n or later, never earlier
            int storedEdit = Integer.parseInt(stored.note().substring("edit ".length()));
            assertThat(storedEdit).isGreaterThanOrEqualTo(n);
            long historyRows = reopened.inspection().inspections().history(sheet).stream()
                    .filter(e -> e.action().equals("ANSWERED")).count();
            assertThat(historyRows).isGreaterThanOrEqualTo(n + 1);
        }
    }
}
