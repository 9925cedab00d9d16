package com.logicheck.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fault campaign (issue 19, item 8): {@code trials} kill -9 trials spread evenly over the five kinds of work, at
 * random moments drawn from {@code seed}. Each trial copies the world's data folder, starts a {@link FaultWorker}
 * on it, kills it (SIGKILL) a random time after it is ready, reopens the folder here and lets {@link TrialCheck}
 * count acknowledged steps lost, half states and uncaught exceptions on reopen or in the next operation.
 * The kill falls within a window that starts at each kind's guess and shrinks to the time the work takes, so that
 * kills land in the work rather than after it.
 */
final class FaultCampaign {
    /** System properties of an on-demand run (FaultCampaignIT). */
    static final String TRIALS = "faults.trials";
    static final String SEED = "faults.seed";

    private final Path workDir;
    private final FaultWorld world;
    private final Random random;
    private final Map<FaultKind, Long> windowMillis = new EnumMap<>(FaultKind.class);
    private final Map<FaultKind, Tally> tallies = new EnumMap<>(FaultKind.class);

    FaultCampaign(Path workDir, FaultWorld world, long seed) {
        this.workDir = workDir;
        this.world = world;
        this.random = new Random(seed);
        windowMillis.put(FaultKind.ENTRY, 3_000L);
        windowMillis.put(FaultKind.SIGNING, 2_500L);
        windowMillis.put(FaultKind.SYNC_IMPORT, 1_500L);
        windowMillis.put(FaultKind.BACKUP, 4_000L);
        windowMillis.put(FaultKind.MONTH_CLOSING, 3_000L);
        for (FaultKind k : FaultKind.values()) {
            tallies.put(k, new Tally(k.name()));
        }
    }

    /** Runs {@code trials} trials, the kinds in turn. */
    Map<FaultKind, Tally> run(int trials) throws Exception {
        for (int n = 0; n < trials; n++) {
            FaultKind kind = FaultKind.values()[n % FaultKind.values().length];
            trial(n, kind);
        }
        return tallies;
    }

    private void trial(int n, FaultKind kind) throws Exception {
        long started = System.nanoTime();
        Path dir = workDir.resolve(String.format("trial-%03d-%s", n, kind.name().toLowerCase()));
        Path data = dir.resolve("data");
        copy(world.data(), data);
        Tally tally = tallies.get(kind);
        tally.trials++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("worker.log");
        // C1 only and the serial collector: a short-lived worker starts sooner and leaves the shared cores to the rest
        Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), FaultWorker.class.getName(), kind.name(), data.toString(),
                world.root.toString()).redirectError(log.toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        long[] readyAt = {0};
        long[] doneAt = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("READY")) {
                        readyAt[0] = System.nanoTime();
                    } else if (line.equals("DONE")) {
                        doneAt[0] = System.nanoTime();
                    }
                    lines.add(line);
                    synchronized (lines) {
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the pipe closes when the worker is killed
            }
        }, "fault-worker-output");
        reader.start();
        long delay = (long) (random.nextDouble() * windowMillis.get(kind));
        boolean diedOnItsOwn = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            synchronized (lines) {
                while (!lines.contains("READY") && p.isAlive() && System.nanoTime() < deadline) {
                    lines.wait(200);
                }
            }
            if (lines.contains("READY")) {
                diedOnItsOwn = p.waitFor(delay, TimeUnit.MILLISECONDS);
            } else {
                diedOnItsOwn = !p.isAlive();
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        if (!lines.contains("READY")) {
            tally.finding(n, "the worker never became ready" + (diedOnItsOwn ? " (exit " + p.exitValue() + ")" : "")
                    + ": " + tail(log));
            tally.uncaught++;
            return;
        }
        if (diedOnItsOwn) {
            tally.uncaught++;
            tally.finding(n, "the worker failed during its work: " + tail(log));
        }
        if (doneAt[0] != 0) {
            tally.finishedBeforeKill++;
            long took = TimeUnit.NANOSECONDS.toMillis(doneAt[0] - readyAt[0]);
            windowMillis.put(kind, Math.max(100, Math.min(windowMillis.get(kind), took * 9 / 10)));
        }
        List<String> acks = lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
        if (acks.isEmpty() && doneAt[0] == 0) {
            // killed inside the first step: a fair moment, but let later trials of this kind reach further in
            windowMillis.put(kind, Math.min(30_000, windowMillis.get(kind) * 3 / 2));
        }
        tally.acknowledged += acks.size();
        TrialCheck.Result r = new TrialCheck(world, data).check(kind, acks);
        tally.add(n, delay, r);
        System.out.printf("trial %d %s: killed %d ms after ready, %d acknowledged%s, %s, %d ms%n", n, kind, delay,
                acks.size(), doneAt[0] != 0 ? " (work finished first)" : "", r.clean() ? "clean" : r.findings(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        if (r.clean()) {
            delete(dir);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(" | ", all.subList(Math.max(0, all.size() - 5), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else if (!f.getFileName().toString().equals(".lock")) {
                    Files.copy(f, t);
                }
            }
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts of one kind of work (or one disk case). */
    static final class Tally {
        final String name;
        int trials;
        int finishedBeforeKill;
        long acknowledged;
        int lost;
        int halfStates;
        int uncaught;
        int tempFilesLeft;
        String refusal;
        final List<String> findings = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void add(int trial, long delay, TrialCheck.Result r) {
            lost += r.lost();
            halfStates += r.halfStates();
            uncaught += r.uncaught();
            tempFilesLeft += r.tempFiles().size();
            for (String f : r.findings()) {
                finding(trial, "(killed " + delay + " ms after ready) " + f);
            }
        }

        void finding(int trial, String text) {
            findings.add("trial " + trial + " " + name + ": " + text);
        }

        /** Nothing lost, no half state, nothing uncaught, and no temporary file left behind. */
        boolean clean() {
            return lost == 0 && halfStates == 0 && uncaught == 0 && tempFilesLeft == 0;
        }
    }

    /** The results as a Markdown table, with every finding listed below it. */
    static String table(List<Tally> tallies, long wallMillis) {
        StringBuilder s = new StringBuilder();
        s.append("| work | trials | finished before the kill | acknowledged steps | lost | half states | uncaught | temp files left |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Tally total = new Tally("total");
        for (Tally t : tallies) {
            s.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d |%n", t.name, t.trials, t.finishedBeforeKill,
                    t.acknowledged, t.lost, t.halfStates, t.uncaught, t.tempFilesLeft));
            total.trials += t.trials;
            total.finishedBeforeKill += t.finishedBeforeKill;
            total.acknowledged += t.acknowledged;
            total.lost += t.lost;
            total.halfStates += t.halfStates;
            total.uncaught += t.uncaught;
            total.tempFilesLeft += t.tempFilesLeft;
            total.findings.addAll(t.findings);
        }
        s.append(String.format("| **total** | %d | %d | %d | **%d** | **%d** | **%d** | %d |%n", total.trials,
                total.finishedBeforeKill, total.acknowledged, total.lost, total.halfStates, total.uncaught,
                total.tempFilesLeft));
        s.append(String.format("%nwall time %.1f s%n", wallMillis / 1000.0));
        for (String f : total.findings) {
            s.append("- ").append(f).append('\n');
        }
        return s.toString();
    }
}
