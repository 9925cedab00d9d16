package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops exchange signed sheets through one folder in both directions and end with identical sheet data;
 * a first-seen signer is held back until trusted; importing the folder again skips everything.
 */
@DatabaseTest
class SyncExchangeIT {
    @TempDir
    Path dir;

    /** Where the laptops keep their database; the PostgreSQL subclass runs the same tests there (ADR 0038). */
    TestStore store() {
        return TestStore.H2;
    }

    @Test
    void twoLaptopsExchangeThroughAFolderAndEndIdentical() {
        Path folder = dir.resolve("U盘/同步");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 1, store());
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 2, store())) {
            UUID a1 = a.signSheet(1);
            a.signSheet(0);
            UUID a1r2 = a.revise(a1);
            UUID b1 = b.signSheet(0);

            SheetExporter.ExportReport firstExport = a.context.sync().exporter().export(folder);
            assertThat(firstExport.written()).hasSize(3);
            assertThat(firstExport.problems()).isEmpty();
            assertThat(a.context.sync().exporter().export(folder).written()).as("incremental").isEmpty();

            // B has never seen 张伟's certificate: intact, but held back
            ImportReport untrusted = b.context.sync().importer().importFolder(folder, b.inspector.id(), r -> { });
            assertThat(untrusted.count(ImportReport.Kind.HELD)).isEqualTo(3);
            assertThat(untrusted.results()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("sync.held.untrusted"));
            assertThat(b.sheets()).containsOnlyKeys(b1);

            b.trustEveryoneOf(a);
            a.trustEveryoneOf(b);
            ImportReport intoB = b.context.sync().importer().importFolder(folder, b.inspector.id(), r -> { });
            assertThat(intoB.count(ImportReport.Kind.NEW)).as("the original and the other sheet").isEqualTo(2);
            assertThat(intoB.count(ImportReport.Kind.UPDATED)).as("the revision supersedes").isEqualTo(1);
            assertThat(intoB.needingAttention()).isEmpty();
            assertThat(b.context.core().signedSheets().state(a1).orElseThrow().status()).isEqualTo(InspectionStatus.SUPERSEDED);
            assertThat(b.context.core().signedSheets().state(a1r2).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);

            SheetExporter.ExportReport fromB = b.context.sync().exporter().export(folder);
            assertThat(fromB.written()).as("only B's own sheet is new to the folder").hasSize(1);
            ImportReport intoA = a.context.sync().importer().importFolder(folder, a.inspector.id(), r -> { });
            assertThat(intoA.count(ImportReport.Kind.NEW)).isEqualTo(1);
            assertThat(intoA.count(ImportReport.Kind.SKIPPED)).isEqualTo(3);

            assertThat(a.sheets()).hasSize(4);
            assertThat(b.sheets()).isEqualTo(a.sheets());
            // an imported sheet exports again byte for byte (the relay works)
            assertThat(b.context.inspection().signing().signedPdf(a1r2)).isPresent();

            var countsA = a.context.sync().repository().counts();
            var countsB = b.context.sync().repository().counts();
            for (Laptop l : List.of(a, b)) {
                ImportReport again = l.context.sync().importer().importFolder(folder, l.inspector.id(), r -> { });
                assertThat(again.count(ImportReport.Kind.SKIPPED)).isEqualTo(4);
                assertThat(again.results()).hasSize(4);
            }
            assertThat(a.context.sync().repository().counts()).isEqualTo(countsA);
            assertThat(b.context.sync().repository().counts()).isEqualTo(countsB);
            assertThat(countsB.get("PHOTO")).isEqualTo(countsA.get("PHOTO")).isEqualTo(2);
        }
    }
}
