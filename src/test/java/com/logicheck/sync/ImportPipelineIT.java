package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and verifying ahead on worker threads changes nothing but the speed (ADR 0023): the same folder imported
 * with workers and without gives the same verdict for every file, in the same order, and the same data; a
 * revision listed before its original still waits for it; a cancelled import stops between two files with exactly
 * the files reported so far merged.
 */
@DatabaseTest
class ImportPipelineIT {
    @TempDir
    Path dir;

    @Test
    void workersGiveTheSameVerdictsInTheSameOrderAsOneThread() throws IOException {
        Path folder = dir.resolve("share");
        UUID original;
        UUID revision;
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 31)) {
            original = a.signSheet(1);
            for (int i = 0; i < 4; i++) {
                a.signSheet(i % 2);
            }
            revision = a.revise(original);
            a.context.sync().exporter().export(folder);
            Files.writeString(folder.resolve("0-说明.pdf"), "not a pdf");
            Path some = SheetImporter.scan(folder).stream().filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .filter(p -> !p.getFileName().toString().startsWith("0-")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(some);
            Files.write(folder.resolve("1-截断.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
            Files.write(folder.resolve("2-副本.pdf"), bytes);
            // the revision is listed before its original
            Path revisionFile = a.context.sync().exporter().export(dir.resolve("rev")).written().stream()
                    .filter(p -> p.getFileName().toString().contains(revision.toString().substring(0, 8)))
                    .findFirst().orElse(null);
            if (revisionFile != null) {
                Files.copy(revisionFile, folder.resolve("00-修订版.pdf"));
            }
            trustOn(a, dir.resolve("one/data"));
            trustOn(a, dir.resolve("two/data"));
        }
        List<Path> files = SheetImporter.scan(folder);
        List<String> oneThread = verdicts(dir.resolve("one/data"), files, 0);
        List<String> workers = verdicts(dir.resolve("two/data"), files, 2);
        assertThat(workers).isEqualTo(oneThread);
        assertThat(oneThread).contains("0-说明.pdf REFUSED sync.refused.notPdf", "1-截断.pdf REFUSED sync.refused.truncated");
        assertThat(oneThread.stream().filter(v -> v.contains(" NEW"))).hasSize(5);
        assertThat(oneThread.stream().filter(v -> v.contains(" UPDATED"))).hasSize(1);
        try (AppContext one = AppContext.open(MigratedTemplate.into(dir.resolve("one/data")));
             AppContext two = AppContext.open(MigratedTemplate.into(dir.resolve("two/data")))) {
            assertThat(Laptop.sheets(two)).isEqualTo(Laptop.sheets(one)).hasSize(6);
            assertThat(two.sync().repository().counts()).isEqualTo(one.sync().repository().counts());
        }
    }

    @Test
    void aCancelledImportStopsBetweenTwoFilesWithExactlyTheReportedOnesMerged() throws IOException {
        Path folder = dir.resolve("share");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 41)) {
            for (int i = 0; i < 6; i++) {
                a.signSheet(0);
            }
            a.context.sync().exporter().export(folder);
            trustOn(a, dir.resolve("b/data"));
        }
        try (AppContext b = AppContext.open(MigratedTemplate.into(dir.resolve("b/data")))) {
            List<Path> files = b.sync().importer().filesIn(folder);
            List<ImportReport.FileResult> heard = new ArrayList<>();
            AtomicInteger asked = new AtomicInteger();
            ImportReport report = b.sync().importer().importFiles(files, null, heard::add,
                    () -> asked.incrementAndGet() > 3, 2);
            assertThat(report.results()).hasSize(3).isEqualTo(heard);
            assertThat(report.results()).extracting(ImportReport.FileResult::file).isEqualTo(files.subList(0, 3));
            assertThat(b.sync().repository().counts().get("INSPECTION")).isEqualTo(3);

            ImportReport rest = b.sync().importer().importFiles(files, null, r -> { }, () -> false, 2);
            assertThat(rest.count(ImportReport.Kind.SKIPPED)).isEqualTo(3);
            assertThat(rest.count(ImportReport.Kind.NEW)).isEqualTo(3);
            for (UUID id : Laptop.sheets(b).keySet()) {
                assertThat(b.inspection().signing().signedPdf(id)).isPresent();
            }
        }
    }

    private static void trustOn(Laptop a, Path data) {
        try (AppContext other = AppContext.open(MigratedTemplate.into(data))) {
            a.context.core().trust().all().forEach(c -> other.core().trust().add(c.sha256(), c.subject(), c.signerName(),
                    c.certificate(), null, null));
        }
    }

    private static List<String> verdicts(Path data, List<Path> files, int workers) {
        try (AppContext b = AppContext.open(MigratedTemplate.into(data))) {
            List<String> heard = new ArrayList<>();
            ImportReport report = b.sync().importer().importFiles(files, null,
                    r -> heard.add(r.file().getFileName() + " " + r.kind() + (r.reason() == null ? "" : " " + r.reason())),
                    () -> false, workers);
            assertThat(report.results()).hasSize(files.size());
            return heard;
        }
    }
}
