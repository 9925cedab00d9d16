package com.logicheck.sync;

import static com.logicheck.sync.RecordExchangeIT.PASSWORD;
import static com.logicheck.sync.RecordExchangeIT.person;
import static com.logicheck.sync.RecordExchangeIT.trustAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.service.RectificationService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What two laptops disagree on is kept for a person, never merged silently (ADR 0022): both reported the same order
 * fixed (a FORK: the incoming step follows a state the laptop has moved on from), both closed the same provider-month
 * (MONTH_CLOSED_TWICE). A step whose order is not here waits for the rest of the folder and is refused with its reason
 * when the order never comes; once the order's record is in the folder the same file imports.
 */
@DatabaseTest
class RecordConflictIT {
    @TempDir
    Path dir;

    @Test
    void contradictingStepsAndClosingsAreConflictsAndAStepWithoutItsOrderWaits() throws Exception {
        Path folder = dir.resolve("folder");
        SignedDemoLaptop.Copy<SignedDemoLaptop.FirstOrder> laptopA = SignedDemoLaptop.firstOrder(dir.resolve("a"));
        try (AppContext a = TestContexts.open(laptopA.dataDir(), laptopA.clock());
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock())) {
            RecordExchangeIT.World w = laptopA.facts().world();
            List<String> codes = laptopA.facts().codes();
            assertThat(codes).hasSizeGreaterThan(1);
            RectificationOrder first = laptopA.facts().first(); // on the sheet, then all of the provider's signed
            a.sync().referenceExporter().export(folder, w.supervisor(), PASSWORD, w.supervisor().id());
            a.sync().exporter().export(folder);
            a.sync().recordExporter().export(folder, w.inspector(), PASSWORD);
            trustAll(b, a);
            assertThat(b.sync().importer().importFolder(folder, null, r -> { }).needingAttention()).isEmpty();

            // both laptops report the first order fixed, each on its own
            Person wangOnA = person(a, "王芳");
            Person liOnB = person(b, "李娜");
            a.rectification().steps().reportFixed(first.id(), "A：已清洁", List.of(), wangOnA.id());
            b.rectification().steps().reportFixed(first.id(), "B：已清洁并消毒", List.of(), liOnB.id());
            // and both supervisors close the month, each on its own
            a.assessment().service().close(w.provider(), w.month(), true, "本月未完，同步测试提前关闭", w.supervisor().id());
            b.assessment().service().close(w.provider(), w.month(), true, "本月未完，同步测试提前关闭", w.supervisor().id());
            String closingOnB = b.assessment().service().closings(w.provider(), w.month()).toString();

            b.sync().recordExporter().export(folder, liOnB, PASSWORD);
            trustAll(a, b);
            ImportReport intoA = a.sync().importer().importFolder(folder, w.supervisor().id(), r -> { });
            assertThat(intoA.count(ImportReport.Kind.CONFLICT)).isEqualTo(1);
            assertThat(intoA.needingAttention()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).isEqualTo("sync.record.conflict.FORK"));
            RectificationOrder onA = a.rectification().service().orders().find(first.id()).orElseThrow();
            assertThat(onA.reportNote()).as("A's own report stays").isEqualTo("A：已清洁");
            assertThat(a.core().recordLog().openConflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo("FORK");
                assertThat(c.recordKind()).isEqualTo("ORDER_REPORTED");
            });

            a.sync().recordExporter().export(folder, wangOnA, PASSWORD);
            a.sync().recordExporter().export(folder, w.supervisor(), PASSWORD);
            ImportReport intoB = b.sync().importer().importFolder(folder, liOnB.id(), r -> { });
            assertThat(intoB.needingAttention()).extracting(ImportReport.FileResult::reason)
                    .containsExactlyInAnyOrder("sync.record.conflict.FORK", "sync.record.conflict.MONTH_CLOSED_TWICE");
            assertThat(b.assessment().service().closings(w.provider(), w.month()).toString()).isEqualTo(closingOnB);
            assertThat(b.rectification().service().orders().find(first.id()).orElseThrow().reportNote())
                    .isEqualTo("B：已清洁并消毒");
            var counts = b.core().recordLog().counts();
            assertThat(b.sync().importer().importFolder(folder, liOnB.id(), r -> { }).results())
                    .as("conflicts are not asked again").allSatisfy(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.SKIPPED));
            assertThat(b.core().recordLog().counts()).isEqualTo(counts);

            // a second order on A, reported fixed there; B sees only the report first: it waits, then is refused
            RectificationOrder second = raise(a, w, List.of(codes.get(1)));
            a.rectification().steps().reportFixed(second.id(), "已整改", List.of(), wangOnA.id());
            Path all = dir.resolve("all");
            a.sync().recordExporter().export(all, w.inspector(), PASSWORD);
            a.sync().recordExporter().export(all, wangOnA, PASSWORD);
            Path lone = dir.resolve("lone");
            Files.createDirectories(lone);
            copy(a, second.id(), SyncRecord.Kind.ORDER_REPORTED, all, lone);
            ImportReport waited = b.sync().importer().importFolder(lone, liOnB.id(), r -> { });
            assertThat(waited.results()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(ImportReport.Kind.REFUSED);
                assertThat(r.reason()).isEqualTo("sync.record.waits.order");
            });
            assertThat(b.rectification().service().orders().find(second.id())).isEmpty();
            copy(a, second.id(), SyncRecord.Kind.ORDER_ISSUED, all, lone);
            ImportReport arrived = b.sync().importer().importFolder(lone, liOnB.id(), r -> { });
            assertThat(arrived.count(ImportReport.Kind.NEW)).isEqualTo(2);
            assertThat(b.rectification().service().orders().find(second.id()).orElseThrow().status())
                    .isEqualTo(RectificationStatus.REPORTED_FIXED);
        }
    }

    private static RectificationOrder raise(AppContext a, RecordExchangeIT.World w, List<String> codes) {
        return a.rectification().service().raise(new RectificationService.RaiseRequest(w.sheet(), codes, true, "保洁主管",
                null, null, Set.of(CauseCategory.MATERIALS), "", "补充清洁剂"), w.inspector().id()).get(0);
    }

    /** Copies the signed file of the order's record of {@code kind} from {@code from} to {@code to}. */
    private static void copy(AppContext a, UUID order, SyncRecord.Kind kind, Path from, Path to) throws Exception {
        RecordLog.Stored s = a.core().recordLog().of(order).stream().filter(r -> r.record().kind() == kind).findFirst().orElseThrow();
        String tag = s.fileSha256().substring(0, 12);
        try (var files = Files.list(from)) {
            Path file = files.filter(f -> f.getFileName().toString().endsWith("_" + tag + ".pdf")).findFirst().orElseThrow();
            Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
