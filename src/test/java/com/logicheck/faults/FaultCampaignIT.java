package com.logicheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault campaign (src/docs/benchmark.md, "Fault campaign"). In the suite: 5 kill -9 trials, one per kind of
 * work, seed 19 (each trial is a JVM start, an open, the work and a reopen: about 5 s on an idle 2-core machine). On
 * demand: {@code -Dfaults.trials=200 [-Dfaults.seed=N]}. Either way the run fails when an
 * acknowledged step was lost, a half state was found or an exception escaped on reopen or in the next operation;
 * the table is printed and written to {@code target/faults/kill-results.md}.
 */
@DatabaseTest
class FaultCampaignIT {
    @TempDir
    Path dir;

    @Test
    void killsAtRandomMomentsLoseNothingAcknowledgedAndLeaveNoHalfState() throws Exception {
        int trials = Integer.getInteger(FaultCampaign.TRIALS, 5);
        long seed = Long.getLong(FaultCampaign.SEED, 19);
        long start = System.nanoTime();
        boolean large = trials > 20;
        FaultWorld world = FaultWorld.build(dir.resolve("world"), large ? 6 : 2, large ? 8 : 2);
        System.out.printf("world built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        var tallies = new FaultCampaign(Files.createDirectories(dir.resolve("trials")), world, seed).run(trials);
        long wall = (System.nanoTime() - start) / 1_000_000;
        List<FaultCampaign.Tally> rows = new ArrayList<>(tallies.values());
        String table = "kill -9 campaign: " + trials + " trials, seed " + seed + "\n\n" + FaultCampaign.table(rows, wall);
        report("kill-results.md", table);
        for (FaultCampaign.Tally t : rows) {
            assertThat(t.trials).isPositive();
            assertThat(t.clean()).as(table).isTrue();
        }
        assertThat(rows.stream().mapToLong(t -> t.acknowledged).sum()).as("the workers acknowledged steps").isPositive();
    }

    static void report(String file, String text) throws Exception {
        System.out.println(text);
        Path out = Path.of("target", "faults");
        Files.createDirectories(out);
        Files.writeString(out.resolve(file), text, StandardCharsets.UTF_8);
    }
}
