package com.logicheck.persistence.backup;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.DiskSpace;
import com.logicheck.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a backup zip: its manifest, a full check of every entry against it (备份校验: present, same size, same
 * SHA-256, nothing extra, no path leaving the data folder), and extraction into a staging folder, checking again
 * as it goes. A backup that fails any check is refused before anything in the data folder changes.
 */
public final class BackupReader {
    private final Path zip;

    public BackupReader(Path zip) {
        this.zip = zip;
    }

    /** The manifest alone (for the list of backups); no entry is checked. */
    public BackupManifest manifest() {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return manifest(z);
        } catch (ZipException e) {
            throw damaged(BackupManifest.FILE);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.backup.unreadable", zip.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** Checks every entry against the manifest; returns the manifest when the backup is whole. */
    public BackupManifest verify(BackupMonitor monitor) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            BackupManifest m = manifest(z);
            Map<String, BackupManifest.Entry> expected = expected(m);
            long total = m.entries().stream().mapToLong(BackupManifest.Entry::size).sum();
            long done = 0;
            Enumeration<? extends ZipEntry> all = z.entries();
            int seen = 0;
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.getName().equals(BackupManifest.FILE)) {
                    continue;
                }
                BackupManifest.Entry want = expected.get(e.getName());
                if (want == null || e.isDirectory()) {
                    throw damaged(e.getName());
                }
                if (monitor.cancelled()) {
                    throw new CancellationException("verify cancelled");
                }
                try (InputStream in = z.getInputStream(e)) {
                    check(want, copy(in, OutputStream.nullOutputStream()));
                }
                seen++;
                done += want.size();
                monitor.progress(done, total);
            }
            if (seen != expected.size()) {
                throw damaged(missing(z, expected));
            }
            return m;
        } catch (ZipException e) {
            throw damaged(zip.getFileName().toString());
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.backup.unreadable", zip.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** Writes every entry under {@code into} (which must be empty), checking each against the manifest again. */
    void extract(BackupManifest m, Path into, BackupMonitor monitor) {
        Map<String, BackupManifest.Entry> expected = expected(m);
        long total = m.entries().stream().mapToLong(BackupManifest.Entry::size).sum();
        long done = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (BackupManifest.Entry want : expected.values()) {
                ZipEntry e = z.getEntry(want.path());
                if (e == null) {
                    throw damaged(want.path());
                }
                if (monitor.cancelled()) {
                    throw new CancellationException("restore cancelled");
                }
                Path target = into.resolve(want.path()).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    check(want, copy(in, out));
                }
                done += want.size();
                monitor.progress(done, total);
            }
        } catch (ZipException e) {
            throw damaged(zip.getFileName().toString());
        } catch (IOException e) {
            if (DiskSpace.isFull(e, into)) {
                throw new DomainException(Problem.of("problem.restore.diskFull", into.getParent().toString()));
            }
            throw new DomainException(Problem.of("problem.backup.unreadable", zip.toString(), String.valueOf(e.getMessage())));
        }
    }

    private BackupManifest manifest(ZipFile z) throws IOException {
        ZipEntry e = z.getEntry(BackupManifest.FILE);
        if (e == null) {
            throw new DomainException(Problem.of("problem.backup.notBackup", zip.getFileName().toString()));
        }
        BackupManifest m;
        try (InputStream in = z.getInputStream(e)) {
            m = BackupManifest.fromJson(in.readNBytes(1 << 24));
        } catch (IOException | RuntimeException bad) {
            throw damaged(BackupManifest.FILE);
        }
        if (m.format() != BackupManifest.FORMAT || !"LogiCheck".equals(m.app())) {
            throw new DomainException(Problem.of("problem.backup.notBackup", zip.getFileName().toString()));
        }
        return m;
    }

    private Map<String, BackupManifest.Entry> expected(BackupManifest m) {
        Map<String, BackupManifest.Entry> map = new HashMap<>();
        for (BackupManifest.Entry e : m.entries()) {
            if (!safe(e.path()) || map.put(e.path(), e) != null) {
                throw damaged(e.path());
            }
        }
        return map;
    }

    /** Only the folders a backup holds, and no way out of them. */
    static boolean safe(String path) {
        if (path == null || path.contains("\\") || path.startsWith("/") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return path.equals(BackupWriter.DATABASE_ENTRY) || path.equals(BackupWriter.MARKER_ENTRY)
                || BackupWriter.FOLDERS.stream().anyMatch(f -> path.startsWith(f + "/"));
    }

    private void check(BackupManifest.Entry want, Copied got) {
        if (got.size() != want.size() || !got.sha256().equals(want.sha256())) {
            throw damaged(want.path());
        }
    }

    private String missing(ZipFile z, Map<String, BackupManifest.Entry> expected) {
        return expected.keySet().stream().filter(p -> z.getEntry(p) == null).findFirst().orElse("?");
    }

    private DomainException damaged(String entry) {
        return new DomainException(Problem.of("problem.backup.damaged", zip.getFileName().toString(), entry));
    }

    private record Copied(long size, String sha256) {
    }

    private static Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        return new Copied(size, Sha256.hex(sha));
    }
}
