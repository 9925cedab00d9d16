package com.logicheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size from /proc (Linux) and heap in use after a full collection. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** VmRSS of a process in kB, or -1 where /proc is not there. */
    static long residentKb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static long residentKb() {
        return residentKb("self");
    }

    /** Heap bytes in use after asking twice for a full collection. */
    static long heapUsedAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        System.gc();
        Thread.sleep(100);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
