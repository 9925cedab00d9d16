package com.logicheck.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.logicheck.domain.Problem;
import com.logicheck.suites.DependsOnMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: a failure at any point leaves the old file byte for byte and no temporary file. */
class AtomicFileTest {
    private static final byte[] OLD = "the report as it was".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndCreatesItsFolder() throws IOException {
        Path target = dir.resolve("月报/2026-11.pdf");
        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8), AtomicFile.Readers.SHARED);
        assertThat(target).hasContent("new");
        assertThat(listing(target.getParent())).containsExactly("2026-11.pdf");
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        Path target = Files.write(dir.resolve("r.pdf"), OLD);
        assertThatThrownBy(() -> AtomicFile.write(target, AtomicFile.Readers.SHARED, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing(dir)).containsExactly("r.pdf");
    }

    @Test
    void aBugInTheContentAlsoLeavesNothingBehind() throws IOException {
        Path target = Files.write(dir.resolve("r.xlsx"), OLD);
        assertThatThrownBy(() -> AtomicFile.write(target, AtomicFile.Readers.SHARED, out -> {
            out.write(1);
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing(dir)).containsExactly("r.xlsx");
    }

    @Test
    void aStageThatIsNotCommittedLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.write(dir.resolve("notice.pdf"), OLD);
        try (AtomicFile.Staged staged = AtomicFile.stage(target, "new".getBytes(StandardCharsets.UTF_8),
                AtomicFile.Readers.PRIVATE)) {
            assertThat(listing(dir)).hasSize(2).anySatisfy(n -> assertThat(n).startsWith(".notice.pdf.").endsWith(".part"));
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing(dir)).containsExactly("notice.pdf");
    }

    @Test
    void aCommittedStageReplacesTheFile() throws IOException {
        Path target = Files.write(dir.resolve("notice.pdf"), OLD);
        try (AtomicFile.Staged staged = AtomicFile.stage(target, "new".getBytes(StandardCharsets.UTF_8),
                AtomicFile.Readers.PRIVATE)) {
            staged.publish();
        }
        assertThat(target).hasContent("new");
        assertThat(listing(dir)).containsExactly("notice.pdf");
    }

    @Test
    @DependsOnMachine
    void sharedFilesAreReadableByOthersAndPrivateFilesAreNot() throws IOException {
        assumeThat(Files.getFileAttributeView(dir, PosixFileAttributeView.class)).as("POSIX permissions").isNotNull();
        Path shared = dir.resolve("shared.pdf");
        Path own = dir.resolve("key.p12");
        AtomicFile.write(shared, OLD, AtomicFile.Readers.SHARED);
        AtomicFile.write(own, OLD, AtomicFile.Readers.PRIVATE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own))).isEqualTo("rw-------");
    }

    @Test
    @DependsOnMachine
    void aFolderThatCannotBeWrittenIsSaidSoAndTheOldFileStays() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path target = Files.write(folder.resolve("r.pdf"), OLD);
        assertThat(folder.toFile().setWritable(false, false)).isTrue();
        try {
            assumeThat(Files.isWritable(folder)).as("root ignores permissions (WriteFaultCliIT mounts a read-only disk)")
                    .isFalse();
            assertThatThrownBy(() -> AtomicFile.write(target, new byte[10], AtomicFile.Readers.SHARED))
                    .isInstanceOfSatisfying(WriteFault.class, f -> {
                        assertThat(f.kind()).isEqualTo(WriteFault.Kind.NOT_WRITABLE);
                        assertThat(f.first()).isEqualTo(Problem.of("problem.file.notWritable", target.toString()));
                    });
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            assertThat(listing(folder)).containsExactly("r.pdf");
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    @Test
    void failuresAreToldApartInTheUsersTerms() {
        Path target = dir.resolve("r.pdf");
        assertThat(WriteFault.of(new FileSystemException(target.toString(), null, "No space left on device"), target).first())
                .isEqualTo(Problem.of("problem.file.diskFull", target.toString()));
        assertThat(WriteFault.of(new AccessDeniedException(target.toString()), target).kind())
                .isEqualTo(WriteFault.Kind.NOT_WRITABLE);
        assertThat(WriteFault.of(new FileSystemException(target.toString(), null, "Read-only file system"), target).kind())
                .isEqualTo(WriteFault.Kind.NOT_WRITABLE);
        WriteFault other = WriteFault.of(new FileSystemException(target.toString(), null, "Input/output error"), target);
        assertThat(other.first()).isEqualTo(Problem.of("problem.file.failed", target.toString(), "Input/output error"));
        assertThat(WriteFault.kindOf(other.first())).contains(WriteFault.Kind.OTHER);
        assertThat(WriteFault.kindOf(Problem.of("problem.export.pdfMissing", "1a2b3c4d", "x"))).isEmpty();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path target = file.resolve("sub/r.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, OLD, AtomicFile.Readers.SHARED))
                .isInstanceOfSatisfying(WriteFault.class, f -> assertThat(f.first())
                        .isEqualTo(Problem.of("problem.file.notAFolder", target.toString(), file.toString())));
        assertThat(file).hasContent("x");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
