package com.logicheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The X display the window rows run on: {@code DISPLAY} when set, otherwise an Xvfb this harness starts on the
 * first free display number from :90 and stops at the end. Empty when there is neither.
 */
final class Display implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static Optional<Display> open() throws InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return Optional.of(new Display(existing, null));
        }
        for (int n = 90; n < 130; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p;
            try {
                p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                return Optional.empty(); // no Xvfb installed
            }
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return Optional.of(new Display(":" + n, p));
                }
                Thread.sleep(50);
            }
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        return Optional.empty();
    }

    String name() {
        return name;
    }

    String describe() {
        return xvfb == null ? "DISPLAY " + name : "Xvfb " + name + " started by the harness";
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
