package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.RecordLog;
import com.logicheck.service.DemoData;
import com.logicheck.service.DemoPhotos;
import com.logicheck.service.DemoSchemes;
import com.logicheck.service.RectificationService;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rectification work and the closed month travel between two laptops (ADR 0022). A issues an order from a signed
 * sheet; B (another inspector, on the provider's behalf) reports it fixed and re-inspects with photos — failed once,
 * then passed; A's supervisor closes the order and the month, then reopens the month with a reason and closes it
 * again. Everything goes through one folder both ways; both laptops end with the same orders, histories (the chain
 * of signed records), photos (same bytes) and closed months, compared as a canonical dump; a second exchange changes
 * nothing.
 */
@DatabaseTest
class RecordExchangeIT {
    static final char[] PASSWORD = "整改-同步-2026".toCharArray();
    @TempDir
    Path dir;

    @Test
    void ordersTheirStepsAndClosedMonthsConvergeOnBothLaptopsAndASecondExchangeChangesNothing() throws Exception {
        Path folder = dir.resolve("网盘/后勤同步");
        Random random = new Random(6);
        DemoPhotos photos = new DemoPhotos(dir.resolve("scratch"));
        SignedDemoLaptop.Copy<World> laptopA = SignedDemoLaptop.week(dir.resolve("a"));
        try (AppContext a = TestContexts.open(laptopA.dataDir(), laptopA.clock());
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), laptopA.clock())) {
            World w = laptopA.facts();
            // A: 张伟 signs a sheet and issues one order for its deductions
            RectificationOrder order = w.issue(a);

            // A → folder → B: reference package, sheets, and 张伟's signed record of the issue
            a.sync().referenceExporter().export(folder, w.supervisor, PASSWORD, w.supervisor.id());
            a.sync().exporter().export(folder);
            RecordExporter.Result fromA = a.sync().recordExporter().export(folder, w.inspector, PASSWORD);
            assertThat(fromA.signed()).isEqualTo(1);
            assertThat(fromA.written()).hasSize(1);
            trustAll(b, a);
            ImportReport intoB = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(intoB.needingAttention()).isEmpty();
            assertThat(RecordImporter.summary(intoB)).containsExactly(1, 0, 0, 0);
            assertThat(b.rectification().service().orders().find(order.id()).orElseThrow().status())
                    .isEqualTo(RectificationStatus.OPEN);

            // B: 王芳 enters the provider's report (with a photo), re-inspects (failed, photo), report again, passes
            Person wang = person(b, "王芳");
            b.core().currentUser().switchTo(wang);
            // a small team that turned 四眼原则 off: one person enters the report and re-inspects (this is about sync)
            b.core().settings().put(SeparationOfDuties.KEY, "false");
            var steps = b.rectification().steps();
            steps.reportFixed(order.id(), "已重新清洁并培训保洁员", List.of(photos.make(random)), wang.id());
            steps.reinspect(order.id(), Verdict.FAILED, "墙角仍有积灰", LocalDate.now(b.clock()).plusDays(2),
                    List.of(photos.make(random), photos.make(random)), wang.id());
            steps.reportFixed(order.id(), "已彻底清洁", List.of(), wang.id());
            steps.reinspect(order.id(), Verdict.PASSED, "合格", null, List.of(photos.make(random)), wang.id());
            RecordExporter.Result noPassword = b.sync().recordExporter().export(folder, wang, null);
            assertThat(noPassword.signed()).isZero();
            assertThat(noPassword.unsigned()).containsEntry("王芳", 4);
            assertThat(b.sync().recordExporter().export(folder, wang, PASSWORD).written()).hasSize(4);

            // B → A: the order is verified on A, with B's photos
            trustAll(a, b);
            ImportReport intoA = a.sync().importer().importFolder(folder, w.supervisor.id(), r -> { });
            assertThat(intoA.needingAttention()).isEmpty();
            assertThat(RecordImporter.summary(intoA)[0]).isEqualTo(4);
            RectificationOrder onA = a.rectification().service().orders().find(order.id()).orElseThrow();
            assertThat(onA.status()).isEqualTo(RectificationStatus.VERIFIED);
            assertThat(onA.round()).isEqualTo(2);

            // A: the supervisor closes the order and the month, reopens the month with a reason, closes it again
            a.core().currentUser().switchTo(w.supervisor);
            a.rectification().steps().close(order.id(), w.supervisor.id());
            a.assessment().service().close(w.provider, w.month, true, "本月未完，同步测试提前关闭", w.supervisor.id());
            a.assessment().service().reopen(w.provider, w.month, "补录一条投诉", w.supervisor.id());
            a.assessment().service().close(w.provider, w.month, true, "本月未完，同步测试提前关闭", w.supervisor.id());
            RecordExporter.Result closings = a.sync().recordExporter().export(folder, w.supervisor, PASSWORD);
            assertThat(closings.signed()).as("order closed, month closed, reopened, closed again").isEqualTo(4);
            ImportReport back = b.sync().importer().importFolder(folder, wang.id(), r -> { });
            assertThat(back.needingAttention()).isEmpty();
            assertThat(RecordImporter.summary(back)[0]).isEqualTo(4);

            Map<String, String> dumpA = dump(a, order.id(), w.provider, w.month);
            assertThat(dump(b, order.id(), w.provider, w.month)).isEqualTo(dumpA);
            assertThat(dumpA.get("order")).contains("CLOSED");
            assertThat(dumpA.get("closings")).contains("REOPENED", "补录一条投诉", "CLOSED");
            assertThat(dumpA.get("photos").split("\n")).hasSize(4);
            assertThat(b.assessment().service().state(w.provider, w.month).isClosed()).isTrue();

            // the exchange again: nothing new is written or merged, nothing changes
            var countsA = a.core().recordLog().counts();
            var countsB = b.core().recordLog().counts();
            for (AppContext l : List.of(a, b)) {
                Person who = l == a ? w.supervisor : wang;
                RecordExporter.Result again = l.sync().recordExporter().export(folder, who, PASSWORD);
                assertThat(again.written()).isEmpty();
                assertThat(again.signed()).isZero();
                assertThat(l.sync().exporter().export(folder).written()).isEmpty();
                ImportReport twice = l.sync().importer().importFolder(folder, who.id(), r -> { });
                assertThat(twice.results()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.SKIPPED));
            }
            assertThat(a.core().recordLog().counts()).isEqualTo(countsA);
            assertThat(b.core().recordLog().counts()).isEqualTo(countsB);
            assertThat(dump(a, order.id(), w.provider, w.month)).isEqualTo(dumpA);
            assertThat(dump(b, order.id(), w.provider, w.month)).isEqualTo(dumpA);
        }
    }

    /**
     * A laptop filled with a week of demo work and the hospital scheme; the people and the sheet the tests use. Built
     * once per test JVM and copied into each test by {@link SignedDemoLaptop}.
     */
    record World(Person supervisor, Person inspector, UUID provider, YearMonth month, UUID sheet) {
        static World on(AppContext a, Path dir) {
            new DemoData(a.core().reference(), a.core().templates(), a.inspection().inspections(), a.inspection().service(),
                    a.core().photos(),
                    new DemoPhotos(dir.resolve("demo-photos")), a.clock()).fill(7);
            new DemoSchemes(a.core().reference(), a.core().schemes(), a.core().templates()).attachHospitalScheme();
            Person supervisor = person(a, "刘洋");
            Person inspector = person(a, "张伟");
            // a sheet of 张伟's with at least two open deductions (the conflict tests raise orders on two of them), in
            // a provider-month that can be closed: the demo's 30 days end today, so early in a month "this month" may
            // not hold every component yet — take the sheet's own month
            InspectionRepository.InspectionRow row = a.inspection().inspections().recent(500).stream()
                    .filter(r -> r.status() == InspectionStatus.FINISHED && r.inspectorName().equals(inspector.name()))
                    .filter(r -> a.rectification().service().orders().deductions(r.id()).deductions().stream()
                            .filter(d -> !d.exempted() && !d.onOrder()).count() >= 2)
                    .filter(r -> closable(a, r))
                    .findFirst().orElseThrow();
            UUID sheet = row.id();
            Inspection s = a.inspection().service().inspection(sheet);
            a.inspection().signing().sign(sheet, new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng(inspector.name(), 1), SignedSheetFixture.inspectee(), null), PASSWORD, inspector.id());
            return new World(supervisor, inspector, s.providerId(), month(a, row), sheet);
        }

        private static YearMonth month(AppContext a, InspectionRepository.InspectionRow row) {
            return YearMonth.from(row.startedAt().atZoneSameInstant(a.clock().getZone()));
        }

        private static boolean closable(AppContext a, InspectionRepository.InspectionRow row) {
            UUID provider = a.inspection().service().inspection(row.id()).providerId();
            try {
                return a.assessment().service().state(provider, month(a, row)).live().complete();
            } catch (DomainException noSchemeThatMonth) {
                return false;
            }
        }

        RectificationOrder issue(AppContext a) {
            return a.rectification().service().raise(new RectificationService.RaiseRequest(sheet, List.of(), true,
                    "保洁主管 赵强", null, null, Set.of(CauseCategory.TRAINING), "新员工未培训", "培训后重新清洁"),
                    inspector.id()).get(0);
        }
    }

    static Person person(AppContext c, String name) {
        return c.core().reference().people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static void trustAll(AppContext to, AppContext from) {
        for (var c : from.core().trust().all()) {
            to.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, null);
        }
    }

    /** The order, its re-inspections, evidence photos (bytes), its signed records, and the month's closings. */
    static Map<String, String> dump(AppContext c, UUID orderId, UUID provider, YearMonth month) throws Exception {
        Map<String, String> out = new TreeMap<>();
        var orders = c.rectification().service().orders();
        out.put("order", orders.find(orderId).orElseThrow().toString());
        out.put("reinspections", orders.reinspections(orderId).toString());
        StringBuilder photos = new StringBuilder();
        for (var p : orders.photos(orderId)) {
            byte[] bytes = Files.readAllBytes(c.core().photos().file(p.sha256(), p.originalName()));
            photos.append(p.reinspectionId()).append(' ').append(p.sha256()).append(' ').append(p.originalName())
                    .append(' ').append(PdfVerifier.sha256(bytes)).append('\n');
        }
        out.put("photos", photos.toString());
        StringBuilder records = new StringBuilder();
        for (UUID subject : List.of(orderId, RecordLog.monthSubject(provider, month))) {
            for (var s : c.core().recordLog().of(subject)) {
                records.append(s.signed()).append(' ').append(s.record().contentHash()).append(' ')
                        .append(new String(s.record().canonical(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        out.put("records", records.toString());
        out.put("closings", c.assessment().service().closings(provider, month).toString());
        out.put("closed", c.assessment().service().state(provider, month).closed().map(Object::toString).orElse(""));
        return out;
    }
}
