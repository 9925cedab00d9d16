package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.files.DiskSpace;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.ui.common.Failures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the data folder lives on a small tmpfs (mounted for the test; skipped where mounting is not
 * allowed, e.g. without root — BackupsIT covers the backup case with an injected full disk everywhere).
 * A failed save, signed PDF or backup leaves the last good state intact and says 磁盘空间不足.
 */
@DatabaseTest
@DependsOnMachine
class DiskFullIT {
    @TempDir
    Path tmp;
    Path disk;
    Path filler;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        assumeThat(p.waitFor()).as("mount a tmpfs (needs root)").isZero();
        filler = disk.resolve("filler.bin");
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
    }

    @Test
    void aCommitThatHitsAFullDiskRollsBackAndTheDataBeforeIsReadable() throws Exception {
        Path data = disk.resolve("data");
        UUID sheet;
        UUID item;
        AppContext context = TestContexts.open(data);
        try {
            SignedSheetFixture f = SignedSheetFixture.create(context, tmp.resolve("scratch"), false, 0);
            sheet = f.sheet.id();
            item = f.template.items().toList().get(1).id();
            context.inspection().service().answer(f.sheet, ItemResult.pass(item).withNote("写满磁盘之前的备注"), f.inspector.id());
            fill();
            Exception failure = null;
            try {
                for (int i = 0; i < 2_000; i++) {
                    context.inspection().service().answer(f.sheet, ItemResult.pass(item).withNote("磁盘已满时的备注 " + i
                            + "x".repeat(3_000)), f.inspector.id());
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as("a save on a full disk fails").isNotNull();
            assertThat(DiskSpace.isFull(failure, data)).isTrue();
            assertThat(Failures.describe(failure, Messages.forLanguage("zh"))).contains("磁盘空间不足").contains("完好无损");
        } finally {
            Files.deleteIfExists(filler);
            context.close();
        }
        try (AppContext reopened = TestContexts.open(data)) {
            assertThat(reopened.inspection().inspections().results(sheet).get(item).note()).isEqualTo("写满磁盘之前的备注");
        }
    }

    @Test
    void aSignedPdfThatDoesNotFitLeavesTheSheetUnsignedAndNoPartialFile() throws Exception {
        Path data = disk.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            SignedSheetFixture first = SignedSheetFixture.finished(context, tmp.resolve("scratch1"));
            first.sign();
            Path firstPdf = data.resolve("signed").resolve(first.sheet.id() + ".pdf");
            byte[] firstBytes = Files.readAllBytes(firstPdf);
            SignedSheetFixture second = SignedSheetFixture.create(context, tmp.resolve("scratch2"), true, 0);
            // the second inspector's key exists already: what does not fit is the PDF itself
            UserKeyStore.openOrCreate(data.resolve("keys").resolve(second.inspector.id() + ".p12"),
                    SignedSheetFixture.PASSWORD, second.inspector.name(), "示例县人民医院", Clocks.system());
            fill();
            try {
                assertThatThrownBy(second::sign).isInstanceOf(DomainException.class)
                        .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.disk.full"));
            } finally {
                Files.deleteIfExists(filler);
            }
            assertThat(context.inspection().inspections().find(second.sheet.id())).get()
                    .satisfies(i -> assertThat(i.status()).isEqualTo(InspectionStatus.FINISHED));
            try (Stream<Path> files = Files.walk(data.resolve("signed"))) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(firstPdf);
            }
            assertThat(Files.readAllBytes(firstPdf)).isEqualTo(firstBytes);
            second.sign();
            assertThat(context.inspection().inspections().find(second.sheet.id())).get()
                    .satisfies(i -> assertThat(i.status()).isEqualTo(InspectionStatus.SIGNED));
        }
    }

    @Test
    void aBackupThatDoesNotFitLeavesNoFileAndTheEarlierBackupWhole() throws Exception {
        Path data = disk.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch"), true, 3);
            Path first = context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file();
            fill();
            try {
                assertThatThrownBy(() -> context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE))
                        .isInstanceOf(DomainException.class)
                        .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.backup.diskFull"));
                try (Stream<Path> files = Files.list(context.backup().backups().folder())) {
                    assertThat(files).containsExactly(first);
                }
            } finally {
                Files.deleteIfExists(filler);
            }
            context.backup().backups().verify(first, BackupMonitor.NONE);
            assertThat(context.inspection().inspections().recent(10)).hasSize(1);
        }
    }

    /** Writes a filler file until the disk refuses another byte. */
    private void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(DiskSpace.isFull(full)).as(full.getMessage()).isTrue();
        }
    }
}
