package com.logicheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the measured JVMs: the same java, the same flags ({@code bench.jvmArgs}) and the same class path (the
 * packaged app jar, whose manifest names its libraries, plus the benchmark's own classes). A child reports
 * with stdout lines {@code RESULT <key> <value>}; its stderr goes to a log file under target/bench.
 */
final class ChildJvm {
    private final List<String> jvmArgs;
    private final String classpath;
    private final Path logDir;
    private final Map<String, String> environment = new HashMap<>();

    ChildJvm(List<String> jvmArgs, String classpath, Path logDir) {
        this.jvmArgs = jvmArgs;
        this.classpath = classpath;
        this.logDir = logDir;
    }

    void environment(String name, String value) {
        environment.put(name, value);
    }

    List<String> command(List<String> properties, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(properties);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a child to its end and returns its stdout lines; fails on a non-zero exit or after the timeout. */
    List<String> run(String name, List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child went away; what it printed so far is kept
            }
        }, "bench-child-stdout");
        reader.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new IOException(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
        }
        reader.join(5_000);
        if (p.exitValue() != 0) {
            throw new IOException(name + " exited with " + p.exitValue() + "; see " + log);
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Runs a child and returns its {@code RESULT} lines as a map. */
    Map<String, String> results(String name, String mainClass, String... args) throws IOException, InterruptedException {
        return results(name, Duration.ofMinutes(15), mainClass, args);
    }

    /** As {@link #results(String, String, String...)} with another time limit. */
    Map<String, String> results(String name, Duration timeout, String mainClass, String... args)
            throws IOException, InterruptedException {
        Map<String, String> results = new HashMap<>();
        for (String line : run(name, command(List.of(), mainClass, args), timeout)) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("RESULT")) {
                results.put(parts[1], parts[2]);
            }
        }
        return results;
    }

    static void report(String key, Object value) {
        System.out.println("RESULT " + key + " " + value);
    }
}
