package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both laptops correct the same sheet: both revisions are kept, the conflict is listed, nothing is overwritten. */
@DatabaseTest
class SyncConflictIT {
    @TempDir
    Path dir;

    @Test
    void twoRevisionsOfOneSheetAreBothKeptAndListed() {
        Path toB = dir.resolve("to-b");
        Path toA = dir.resolve("to-a");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 9);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 10)) {
            UUID original = a.signSheet(0);
            a.context.sync().exporter().export(toB);
            b.trustEveryoneOf(a);
            assertThat(b.context.sync().importer().importFolder(toB, null, r -> { }).count(ImportReport.Kind.NEW)).isEqualTo(1);

            UUID revisedOnA = a.revise(original);
            UUID revisedOnB = b.revise(original);
            b.context.sync().exporter().export(toA);
            a.trustEveryoneOf(b);
            ImportReport intoA = a.context.sync().importer().importFolder(toA, null, r -> { });
            assertThat(intoA.count(ImportReport.Kind.SKIPPED)).as("the original").isEqualTo(1);
            assertThat(intoA.count(ImportReport.Kind.CONFLICT)).isEqualTo(1);
            ImportReport.FileResult conflict = intoA.needingAttention().get(0);
            assertThat(conflict.reason()).isEqualTo("sync.conflict.revision");
            assertThat(conflict.sheetId()).isEqualTo(revisedOnB);

            assertThat(a.context.core().signedSheets().state(revisedOnA).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(a.context.core().signedSheets().state(revisedOnB).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(a.context.core().signedSheets().state(original).orElseThrow().status()).isEqualTo(InspectionStatus.SUPERSEDED);
            var listed = a.context.sync().repository().openConflicts();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).kind()).isEqualTo("COMPETING_REVISION");
            assertThat(listed.get(0).localId()).isEqualTo(revisedOnA);
            assertThat(listed.get(0).incomingId()).isEqualTo(revisedOnB);

            var counts = a.context.sync().repository().counts();
            assertThat(a.context.sync().importer().importFolder(toA, null, r -> { }).needingAttention()).isEmpty();
            assertThat(a.context.sync().repository().counts()).as("listed once").isEqualTo(counts);
        }
    }
}
