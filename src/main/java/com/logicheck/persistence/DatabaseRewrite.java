package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 整理数据库 (ADR 0041): rewrites the database file of a closed data folder to its live size, at any size and
 * without risking data. H2 2.3's in-place compaction is off (ADR 0026); here the file is copied into
 * {@code db/.rewrite/}, the copy is rewritten by H2 ({@code SHUTDOWN COMPACT}), the rewritten copy is opened and
 * compared with the copy it was made from (the row count and an order-free checksum of the rows of every table),
 * and only then swapped in by one atomic move. The old file stays (a hard link in {@code db/.rewrite/}) until the
 * new one has opened; whatever is left in {@code db/.rewrite/} is removed once the folder has opened again
 * ({@link #removeLeftovers}). A process killed at any point leaves either the old file or the verified new one.
 */
public final class DatabaseRewrite {
    /** The work folder beside the database file. */
    public static final String WORK = ".rewrite";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRewrite.class);
    private static final String MV = ".mv.db";

    /** Where a rewrite has got to; tests stop (and kill) the process there. */
    public enum Step { COPIED, COMPACTED, VERIFIED, SWAPPED }

    /** Told each {@link Step} as it is reached (tests); {@link #NONE} in the app. */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = step -> { };

        void reached(Step step);
    }

    /** Progress (bytes of the copy) and cancel (asked while copying and between steps, never after the swap). */
    public interface Monitor {
        void progress(long done, long total);

        boolean cancelled();
    }

    /** The file's size before and after. */
    public record Result(long before, long after) {
    }

    private final DataDirectory dir;
    private final DatabaseKey key;
    private final Hook hook;

    /** {@code dir}: a prepared, locked data folder whose database is closed. */
    public DatabaseRewrite(DataDirectory dir, DatabaseKey key, Hook hook) {
        this.dir = dir;
        this.key = key;
        this.hook = hook;
    }

    /** Rewrites the database file; a refusal, a cancel or a failure before the swap leaves it exactly as it was. */
    public Result run(Monitor monitor) {
        Path live = liveFile();
        Path work = dir.databaseFile().resolveSibling(WORK);
        Path old = work.resolve("old" + MV);
        boolean opened = false;
        try {
            if (!Files.isRegularFile(live)) {
                throw new LocalFault(Problem.of("problem.database.missing", dir.root().toString()));
            }
            long before = Files.size(live);
            if (Files.getFileStore(live.getParent()).getUsableSpace() < 2 * before) {
                throw new LocalFault(Problem.of("problem.rewrite.diskFull", dir.root().toString()));
            }
            deleteTree(work);
            Files.createDirectories(work);
            Path copy = work.resolve(dir.databaseFile().getFileName() + MV);
            copy(live, copy, monitor);
            hook.reached(Step.COPIED);
            Path copyBase = work.resolve(dir.databaseFile().getFileName().toString());
            Map<String, Fingerprint> was = fingerprint(copyBase, "SHUTDOWN COMPACT");
            hook.reached(Step.COMPACTED);
            checkCancel(monitor);
            Map<String, Fingerprint> is = fingerprint(copyBase, "SHUTDOWN");
            if (!was.equals(is)) {
                throw new LocalFault(Problem.of("problem.rewrite.mismatch", dir.root().toString()));
            }
            hook.reached(Step.VERIFIED);
            checkCancel(monitor);
            keepOld(live, old);
            AtomicFile.publish(copy, live);
            hook.reached(Step.SWAPPED);
            fingerprint(dir.databaseFile(), "SHUTDOWN"); // the new file opens where it lies: the old may go
            opened = true;
            new StoreCompaction(dir.databaseFile()).rewritten();
            deleteTree(work);
            long after = Files.size(live);
            LOG.info("database rewritten: {} -> {} bytes", before, after);
            return new Result(before, after);
        } catch (IOException | SQLException | RuntimeException e) {
            if (!opened && Files.isRegularFile(old) && !sameFile(live, old)) {
                // swapped, but the new file did not open: the old one goes back
                restoreOld(live, old);
            }
            deleteQuietly(work);
            if (e instanceof CancellationException || e instanceof DomainException) {
                throw (RuntimeException) e;
            }
            if (DiskSpace.isFull(e, live.getParent())) {
                throw new LocalFault(Problem.of("problem.rewrite.diskFull", dir.root().toString()));
            }
            throw new LocalFault(Problem.of("problem.rewrite.failed", dir.root().toString(), String.valueOf(e.getMessage())));
        }
    }

    /**
     * Removes (and logs) what an interrupted rewrite left in {@code db/.rewrite/}: call only once the database has
     * opened, so the old file kept there is no longer needed. Returns whether there was anything.
     */
    public static boolean removeLeftovers(DataDirectory dir) {
        Path work = dir.databaseFile().resolveSibling(WORK);
        if (!Files.exists(work)) {
            return false;
        }
        LOG.info("removing what an interrupted database rewrite left in {}", work);
        deleteQuietly(work);
        return true;
    }

    private Path liveFile() {
        return dir.databaseFile().resolveSibling(dir.databaseFile().getFileName() + MV);
    }

    private static void copy(Path from, Path to, Monitor monitor) throws IOException {
        long total = Math.max(1, Files.size(from));
        long done = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                checkCancel(monitor);
                out.write(buffer, 0, n);
                done += n;
                monitor.progress(Math.min(done, total), total);
            }
        }
    }

    private static void checkCancel(Monitor monitor) {
        if (monitor.cancelled()) {
            throw new CancellationException("rewrite cancelled");
        }
    }

    /** The old file under a second name (a hard link: no copy of gigabytes; a copy where links are not possible). */
    private static void keepOld(Path live, Path old) throws IOException {
        Files.deleteIfExists(old);
        try {
            Files.createLink(old, live);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(live, old);
        }
    }

    private static void restoreOld(Path live, Path old) {
        try {
            AtomicFile.publish(old, live);
            LOG.warn("the rewritten database did not open; the old file is back");
        } catch (IOException e) {
            LOG.error("the rewritten database did not open and the old file {} could not be put back", old, e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Per table: how many rows, and the sum of their hashes (the same rows in any order give the same sum). */
    record Fingerprint(long rows, long hashSum) {
    }

    /** Opens the database at {@code base}, fingerprints every table, then closes it with {@code shutdown}. */
    private Map<String, Fingerprint> fingerprint(Path base, String shutdown) throws SQLException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0"
                + (key.present() ? ";CIPHER=AES" : "");
        Map<String, Fingerprint> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", key.h2Password(dir.encryptionMarker()));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                out.put(table, rows(s, table));
            }
            s.execute(shutdown);
        }
        return out;
    }

    private static Fingerprint rows(Statement s, String table) throws SQLException {
        long rows = 0;
        long sum = 0;
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"PUBLIC\".\"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                MessageDigest sha = Sha256.digest();
                for (int i = 1; i <= columns; i++) {
                    String v = rs.getString(i);
                    sha.update(v == null ? new byte[] {0} : ("\u0001" + v).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sum += ByteBuffer.wrap(sha.digest()).getLong();
                rows++;
            }
        }
        return new Fingerprint(rows, sum);
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", tree, e.getMessage());
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
