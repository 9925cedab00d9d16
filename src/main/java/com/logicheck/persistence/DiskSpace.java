package com.logicheck.persistence;

import java.nio.file.Path;

/**
 * Tells a full disk (磁盘空间不足) apart from other write failures; the rules live in
 * {@link com.logicheck.files.DiskSpace}, which every layer may use (ADR 0028).
 */
public final class DiskSpace {
    private DiskSpace() {
    }

    /** True when {@code failure} or one of its causes says the disk is full. */
    public static boolean isFull(Throwable failure) {
        return com.logicheck.files.DiskSpace.isFull(failure);
    }

    /** True when {@code failure} says so, or when the disk holding {@code where} has (almost) no room left. */
    public static boolean isFull(Throwable failure, Path where) {
        return com.logicheck.files.DiskSpace.isFull(failure, where);
    }

    /** Free bytes on the disk holding {@code where} (its nearest existing parent), or Long.MAX_VALUE if unknown. */
    public static long freeBytes(Path where) {
        return com.logicheck.files.DiskSpace.freeBytes(where);
    }
}
