package com.logicheck.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real small disk for fault tests, as DiskFullIT does it: a tmpfs mounted at a folder (needs root; callers skip
 * when {@link #mount} says no). Read-only disks are mounted {@code ro}, which root cannot write either.
 */
final class SmallDisk {
    private SmallDisk() {
    }

    /** Mounts a tmpfs of {@code size} (e.g. "4m", "300k") at {@code at}; false where mounting is not allowed. */
    static boolean mount(Path at, String size, boolean readOnly) throws IOException, InterruptedException {
        Files.createDirectories(at);
        String options = "size=" + size + (readOnly ? ",ro" : "");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    static void unmount(Path at) throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", at.toString()).redirectErrorStream(true).start().waitFor();
    }

    /** Writes {@code filler} until the disk refuses another byte. */
    static void fill(Path filler) {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
    }
}
