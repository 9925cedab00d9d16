package com.logicheck.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way LogiCheck writes a file (ADR 0028): the bytes go to a hidden temporary file in the target's folder,
 * are flushed and forced to the disk, and the file is then moved over the target in one atomic step and the folder
 * forced too. A reader sees the old file or the new one, never half of one; on any failure the temporary file is
 * removed and the old target is left exactly as it was.
 */
public final class AtomicFile {
    /** Temporary files start with a dot and end in this; importers and listings ignore them. */
    public static final String TEMP_SUFFIX = ".part";
    private static final int NAME_IN_TEMP = 40;

    /** Who may read the written file besides its owner. */
    public enum Readers {
        /** Reports, exports, sync files: files meant for a shared folder (rw-r--r-- on POSIX). */
        SHARED,
        /** Keys, database files, backups: the owner only (rw------- on POSIX). */
        PRIVATE
    }

    /** Writes a file's content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code bytes} as {@code target}; a failure is a {@link WriteFault} naming the cause in the user's terms. */
    public static void write(Path target, byte[] bytes, Readers readers) {
        try {
            write(target, readers, out -> out.write(bytes));
        } catch (IOException e) {
            throw WriteFault.of(e, target);
        }
    }

    /** Streams the content into {@code target} (creating its folder); the old target survives any failure. */
    public static void write(Path target, Readers readers, Content content) throws IOException {
        try (Staged staged = stage(target, readers, content)) {
            staged.commit();
        }
    }

    /**
     * Writes the temporary file now and moves it into place only on {@link Staged#commit}: a caller can write
     * first, then change its state, then publish the file, and close an uncommitted stage to leave nothing behind.
     */
    public static Staged stage(Path target, Readers readers, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, tempPrefix(absolute), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            permit(temp, readers);
            return new Staged(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** {@link #stage(Path, Readers, Content)} of bytes, failing as a {@link WriteFault}. */
    public static Staged stage(Path target, byte[] bytes, Readers readers) {
        try {
            return stage(target, readers, out -> out.write(bytes));
        } catch (IOException e) {
            throw WriteFault.of(e, target);
        }
    }

    /**
     * For writers that stream into their own temporary file in the target's folder (a backup's zip): forces it to
     * the disk and moves it over {@code target} atomically. On failure {@code written} is removed.
     */
    public static void publish(Path written, Path target) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(written, target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
    }

    /** A temporary file written and forced, waiting to be moved over its target or thrown away. */
    public static final class Staged implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private boolean done;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        public Path target() {
            return target;
        }

        /** Moves the file into place; on failure the temporary file is gone and the old target unchanged. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already " + target);
            }
            done = true;
            try {
                moveIntoPlace(temp, target);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp);
                throw e;
            }
        }

        /** {@link #commit} failing as a {@link WriteFault}. */
        public void publish() {
            try {
                commit();
            } catch (IOException e) {
                throw WriteFault.of(e, target);
            }
        }

        /** Throws the temporary file away unless it was committed. */
        @Override
        public void close() {
            if (!done) {
                done = true;
                deleteQuietly(temp);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.getParent());
    }

    /** Makes the rename itself durable where the platform lets a folder be opened (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file itself is on the disk; only the rename may be lost by a power cut here
        }
    }

    private static void permit(Path file, Readers readers) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                    readers == Readers.SHARED ? "rw-r--r--" : "rw-------"));
        }
    }

    private static String tempPrefix(Path target) {
        String name = target.getFileName().toString();
        return "." + (name.length() > NAME_IN_TEMP ? name.substring(0, NAME_IN_TEMP) : name) + ".";
    }

    /** Removes a file if it is there, ignoring failure: temporary files start with "." and are never read. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden .part file is never read; nothing more can be done
        }
    }
}
