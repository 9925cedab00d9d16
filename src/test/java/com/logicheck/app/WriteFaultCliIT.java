package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.service.DemoLogins;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, cases 3–6: writing onto a full disk or into a read-only folder (real tmpfs mounts, skipped where mounting
 * is not allowed) fails with a clear message and the documented exit code, and leaves no partial file, an older file
 * of the same name byte for byte, and the stored state as it was.
 */
@DatabaseTest
@DependsOnMachine
class WriteFaultCliIT {
    @TempDir
    static Path shared;
    static Path data;
    static Path signed;
    static String month;
    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void demoData() {
        data = shared.resolve("data");
        CliRun demo = CliRun.of("demo", "--data-dir", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        try (AppContext c = AppContext.open(data)) {
            // the month the demo actually fills: on the 1st just after midnight the current month has no sheet yet
            month = c.inspection().inspections().recent(10_000).stream()
                    .filter(r -> r.status() == InspectionStatus.FINISHED || r.status() == InspectionStatus.SIGNED)
                    .map(r -> YearMonth.from(r.startedAt().atZoneSameInstant(c.clock().getZone())))
                    .max(YearMonth::compareTo).orElseThrow().toString();
        }
        signed = shared.resolve("signed");
        try (AppContext c = AppContext.open(signed)) {
            for (int i = 0; i < 4; i++) {
                SignedSheetFixture.create(c, shared.resolve("scratch"), true, 0).sign();
            }
        }
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            SmallDisk.unmount(m);
        }
    }

    private static CliRun run(String... args) {
        return runIn(data, args);
    }

    private static CliRun runIn(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir=" + dataDir);
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void reportOntoAFullDiskSaysSoAndLeavesTheOldReportAndNoPartialFile() throws Exception {
        Path disk = fullDisk();
        Path pdf = disk.resolve("r.pdf");
        Path xlsx = disk.resolve("r.xlsx");
        CliRun r = run("report", "--month", month, "--out", pdf.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).isEqualTo("错误：无法写入 " + pdf + "：磁盘已满。没有留下不完整的文件，原有的同名文件没有改变。"
                + "请腾出空间或换一个位置后重试。" + System.lineSeparator());
        CliRun x = run("report", "--month", month, "--excel", xlsx.toString());
        assertThat(x.exit()).as(x.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(x.err()).contains("无法写入 " + xlsx + "：磁盘已满");
        assertThat(listing(disk)).containsExactly("filler.bin");
    }

    @Test
    void reportOverAnOlderReportOnAFullDiskLeavesTheOlderOneByteForByte() throws Exception {
        Path disk = dir.resolve("disk");
        assumeThat(SmallDisk.mount(disk, "2m", false)).as("mount a tmpfs (needs root)").isTrue();
        mounts.add(disk);
        Path pdf = Files.writeString(disk.resolve("r.pdf"), "上个月的报告", StandardCharsets.UTF_8);
        SmallDisk.fill(disk.resolve("filler.bin"));
        CliRun r = run("report", "--month", month, "--out", pdf.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(pdf).hasContent("上个月的报告");
        assertThat(listing(disk)).containsExactly("filler.bin", "r.pdf");
    }

    @Test
    void reportIntoAReadOnlyFolderSaysSo() throws Exception {
        Path folder = readOnlyFolder();
        Path pdf = folder.resolve("r.pdf");
        CliRun r = run("--lang", "en", "report", "--month", month, "--out", pdf.toString(), "--excel",
                folder.resolve("r.xlsx").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).startsWith("Error: Cannot write " + folder.resolve("r.xlsx")
                + ": the folder is read-only or may not be written.");
        assertThat(listing(folder)).isEmpty();
    }

    @Test
    void aSignedNoticeOntoAFullDiskLeavesNoFileAndTheStoredNoticeAndOrderUnchanged() throws Exception {
        UUID order;
        try (AppContext c = AppContext.open(data)) {
            order = c.rectification().desk().desk().list(RectificationDesk.Filter.all()
                    .withStatuses(Set.of(RectificationStatus.OPEN)), LocalDate.now(c.clock()), 1).get(0).id();
        }
        String id = order.toString().substring(0, 8);
        CliRun first = run("notice", id, "--to", dir.resolve("first.pdf").toString(), "--password", DemoLogins.INSPECTOR_PASSWORD);
        assertThat(first.exit()).as(first.err()).isZero();
        Path stored;
        List<ChangeLog.Entry> history;
        try (AppContext c = AppContext.open(data)) {
            stored = c.rectification().notices().signedNotice(order).orElseThrow();
            history = c.rectification().service().orders().history(order);
        }
        byte[] storedBytes = Files.readAllBytes(stored);

        Path disk = fullDisk();
        Path to = disk.resolve("整改通知单.pdf");
        CliRun r = run("notice", id, "--to", to.toString(), "--password", DemoLogins.INSPECTOR_PASSWORD);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).contains("无法写入 " + to + "：磁盘已满");
        assertThat(listing(disk)).containsExactly("filler.bin");
        assertThat(Files.readAllBytes(stored)).as("the stored notice is not re-signed").isEqualTo(storedBytes);
        try (AppContext c = AppContext.open(data)) {
            assertThat(c.rectification().service().orders().history(order)).isEqualTo(history);
        }
        assertThat(listing(stored.getParent())).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void syncExportIntoAReadOnlyFolderExitsNonZeroWithOneSummaryLine() throws Exception {
        Path folder = readOnlyFolder();
        CliRun r = runIn(signed, "sync", "export", "--to", folder.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).matches("错误：导出失败：4 个文件中 4 个未写入（文件夹只读或没有写入权限）。"
                + "已写入的文件完整可用，没有留下不完整的文件。\\R");
        assertThat(listing(folder)).isEmpty();
    }

    @Test
    void syncExportOntoAFullDiskExitsNonZeroWithOneSummaryLine() throws Exception {
        Path disk = fullDisk();
        CliRun r = runIn(signed, "sync", "export", "--to", disk.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).matches("错误：导出失败：4 个文件中 4 个未写入（磁盘已满）。已写入的文件完整可用，没有留下不完整的文件。\\R");
        assertThat(listing(disk)).containsExactly("filler.bin");
    }

    @Test
    void syncExportOntoADiskWithRoomForSomeFilesIsPartlyDone() throws Exception {
        Path all = dir.resolve("all");
        CliRun whole = runIn(signed, "sync", "export", "--to", all.toString());
        assertThat(whole.exit()).as(whole.err()).isZero();
        List<String> names = listing(all);
        long bytes;
        try (Stream<Path> files = Files.list(all)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        Path disk = dir.resolve("disk");
        assumeThat(SmallDisk.mount(disk, (bytes / 2 / 1024) + "k", false)).as("mount a tmpfs (needs root)").isTrue();
        mounts.add(disk);
        CliRun r = runIn(signed, "sync", "export", "--to", disk.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.PARTLY_DONE);
        assertThat(r.err()).matches("导出失败：" + names.size() + " 个文件中 \\d+ 个未写入（磁盘已满）。已写入的文件完整可用，"
                + "没有留下不完整的文件。\\R");
        List<String> written = listing(disk);
        assertThat(written).isNotEmpty().hasSizeLessThan(names.size());
        assertThat(names).containsAll(written);
        for (String n : written) {
            assertThat(Files.readAllBytes(disk.resolve(n))).as(n).isEqualTo(Files.readAllBytes(all.resolve(n)));
            assertThat(Files.getPosixFilePermissions(disk.resolve(n)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void templatesExportOntoAFullDiskLeavesNoPartFileAndTheOlderWorkbook() throws Exception {
        Path disk = dir.resolve("disk");
        assumeThat(SmallDisk.mount(disk, "2m", false)).as("mount a tmpfs (needs root)").isTrue();
        mounts.add(disk);
        Path xlsx = Files.writeString(disk.resolve("templates.xlsx"), "an older workbook", StandardCharsets.UTF_8);
        SmallDisk.fill(disk.resolve("filler.bin"));
        CliRun r = run("templates", "export", "--xlsx", xlsx.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.LOCAL_FAULT);
        assertThat(r.err()).contains("无法写入 " + xlsx + "：磁盘已满");
        assertThat(xlsx).hasContent("an older workbook");
        assertThat(listing(disk)).containsExactly("filler.bin", "templates.xlsx");
    }

    private Path fullDisk() throws Exception {
        Path disk = dir.resolve("disk");
        assumeThat(SmallDisk.mount(disk, "2m", false)).as("mount a tmpfs (needs root)").isTrue();
        mounts.add(disk);
        SmallDisk.fill(disk.resolve("filler.bin"));
        return disk;
    }

    /** A read-only disk where mounting is allowed (root), else a folder without write permission. */
    private Path readOnlyFolder() throws Exception {
        Path folder = dir.resolve("ro");
        if (SmallDisk.mount(folder, "1m", true)) {
            mounts.add(folder);
            return folder;
        }
        Files.createDirectories(folder);
        assertThat(folder.toFile().setWritable(false, false)).isTrue();
        assumeThat(Files.isWritable(folder)).as("a folder this user cannot write").isFalse();
        return folder;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
