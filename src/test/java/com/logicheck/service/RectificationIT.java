package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rectification loop on a real H2 file through AppContext.open. "Today" is 5 December 2026. */
@DatabaseTest
class RectificationIT {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    @TempDir
    Path dir;
    AssessmentWorld w;
    RectificationService service;
    RectificationRepository orders;

    /** Where the test folders keep their database; the PostgreSQL subclass runs the same tests there (ADR 0038). */
    TestStore store() {
        return TestStore.H2;
    }

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir, store());
        service = w.c.rectification().service();
        orders = service.orders();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    Inspection maintenance(LocalDate day) {
        return w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, day,
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
    }

    RectificationService.RaiseRequest request(Inspection sheet, List<String> codes, boolean grouped, LocalDate deadline) {
        return new RectificationService.RaiseRequest(sheet.id(), codes, grouped, "王班长", deadline, null,
                Set.of(CauseCategory.TRAINING, CauseCategory.PROCESS), "新员工不熟悉记录要求", "培训后补填记录");
    }

    static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key).contains(key));
    }

    @Test
    void oneOrderPerDeductionDueTheSameDayForMaintenanceWithTheItemsStandard() {
        Inspection sheet = maintenance(LocalDate.of(2026, 12, 1));
        List<RectificationOrder> raised = service.raise(request(sheet, List.of(), false, null), w.inspector.id());
        assertThat(raised).hasSize(2);
        RectificationOrder first = orders.find(raised.get(0).id()).orElseThrow();
        assertThat(first.items()).extracting(i -> i.itemCode()).containsExactly("1.1");
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(first.serviceLine()).isEqualTo(ServiceLine.MAINTENANCE);
        assertThat(first.plan().requiredStandard()).isNotBlank();
        assertThat(first.plan().causes()).containsExactlyInAnyOrder(CauseCategory.TRAINING, CauseCategory.PROCESS);
        assertThat(first.level()).isEqualTo(ResponsibilityLevel.AREA_LEAD);
        assertThat(first.repeated()).isFalse();
        assertThat(orders.history(first.id())).extracting(ChangeLog.Entry::action).containsExactly("RECTIFICATION_RAISED");
        refused(() -> service.raise(request(sheet, List.of(), false, null), w.inspector.id()),
                "problem.rectification.nothingToRaise");
        refused(() -> service.raise(request(sheet, List.of("1.4"), false, null), w.inspector.id()),
                "problem.rectification.alreadyOnOrder");
    }

    @Test
    void groupedPerSheetWithAChosenDeadline() {
        Inspection sheet = maintenance(LocalDate.of(2026, 12, 1));
        List<RectificationOrder> raised = service.raise(request(sheet, List.of(), true, LocalDate.of(2026, 12, 3)),
                w.inspector.id());
        assertThat(raised).singleElement().satisfies(o -> {
            assertThat(o.items()).extracting(i -> i.itemCode()).containsExactly("1.1", "1.4");
            assertThat(o.deadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        });
    }

    @Test
    void badRequestsAreRefusedAndNothingIsStored() {
        Inspection sheet = maintenance(LocalDate.of(2026, 12, 1));
        refused(() -> service.raise(request(sheet, List.of(), true, LocalDate.of(2026, 11, 30)), w.inspector.id()),
                "problem.rectification.deadlineBeforeInspection");
        refused(() -> service.raise(request(sheet, List.of("1.2"), true, null), w.inspector.id()),
                "problem.rectification.noSuchDeduction");
        refused(() -> service.raise(request(sheet, List.of(), true, null), w.contact.id()),
                "problem.rectification.notRaiser");
        UUID exemption = w.c.assessment().entries().requestExemption(sheet.id(), w.itemId("hospital-maintenance", "1.4"),
                ExemptionReason.THIRD_PARTY, "市政停电", w.inspector.id());
        w.c.assessment().entries().decideExemption(exemption, true, "属实", w.supervisor.id());
        refused(() -> service.raise(request(sheet, List.of("1.4"), true, null), w.inspector.id()),
                "problem.rectification.exempted");
        assertThat(w.c.rectification().desk().desk().list(RectificationDesk.Filter.all(), TODAY, 10)).isEmpty();
        // without chosen codes the exempted deduction is left out
        assertThat(service.raise(request(sheet, List.of(), true, null), w.inspector.id()))
                .singleElement().satisfies(o -> assertThat(o.items()).extracting(i -> i.itemCode()).containsExactly("1.1"));
    }

    @Test
    void ordersOfOneRequestAreRaisedTogetherOrNotAtAll() {
        Inspection sheet = maintenance(LocalDate.of(2026, 12, 1));
        UUID exemption = w.c.assessment().entries().requestExemption(sheet.id(), w.itemId("hospital-maintenance", "1.4"),
                ExemptionReason.THIRD_PARTY, "市政停电", w.inspector.id());
        w.c.assessment().entries().decideExemption(exemption, true, "属实", w.supervisor.id());
        // one order per deduction: the first (1.1) is stored, the second (1.4, exempted) is refused
        refused(() -> service.raise(request(sheet, List.of("1.1", "1.4"), false, null), w.inspector.id()),
                "problem.rectification.exempted");
        assertThat(w.c.rectification().desk().desk().list(RectificationDesk.Filter.all(), TODAY, 10)).isEmpty();
        assertThat(orders.deductions(sheet.id()).deductions()).noneMatch(d -> d.onOrder());
        assertThat(service.raise(request(sheet, List.of("1.1"), false, null), w.inspector.id())).hasSize(1);
    }

    @Test
    void reportFailedReinspectionPassedReinspectionAndCloseByTheSupervisor() {
        Inspection sheet = maintenance(LocalDate.of(2026, 12, 1));
        UUID id = service.raise(request(sheet, List.of("1.1"), true, null), w.inspector.id()).get(0).id();
        orders.reportFixed(id, "已补填维修记录", w.contact.id());
        RectificationOrder failed = orders.reinspect(id, Verdict.FAILED, "仍有两处未填", LocalDate.of(2026, 12, 7),
                w.inspector.id());
        assertThat(failed.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(failed.round()).isEqualTo(2);
        assertThat(failed.deadline()).isEqualTo(LocalDate.of(2026, 12, 7));
        refused(() -> orders.close(id, w.supervisor.id()), "problem.rectification.closeWithoutPass");
        orders.reinspect(id, Verdict.PASSED, "已全部补齐", null, w.inspector.id());
        refused(() -> orders.close(id, w.inspector.id()), "problem.rectification.notSupervisor");
        RectificationOrder closed = orders.close(id, w.supervisor.id());
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        refused(() -> orders.reinspect(id, Verdict.PASSED, "再看", null, w.inspector.id()),
                "problem.rectification.reinspectClosed");

        RectificationOrder stored = orders.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(stored.closedBy()).isEqualTo(w.supervisor.id());
        assertThat(stored.reportNote()).isEqualTo("已补填维修记录");
        assertThat(orders.reinspections(id)).extracting(r -> r.verdict(), r -> r.round(), r -> r.newDeadline())
                .containsExactly(Tuple.tuple(Verdict.FAILED, 1, LocalDate.of(2026, 12, 7)),
                        Tuple.tuple(Verdict.PASSED, 2, null));
        assertThat(orders.history(id)).extracting(ChangeLog.Entry::action).containsExactly("RECTIFICATION_RAISED",
                "RECTIFICATION_REPORTED", "REINSPECTION_FAILED", "REINSPECTION_PASSED", "RECTIFICATION_CLOSED");
        assertThat(w.c.inspection().inspections().history(sheet.id())).extracting(ChangeLog.Entry::action)
                .contains("RECTIFICATION_CLOSED");
        // inspected on the 1st, closed "today" (the 5th): the desk's median reads 4 days on both engines (ADR 0038)
        assertThat(w.c.rectification().desk().desk().closeTimes(RectificationDesk.Filter.all(), TODAY, TODAY.minusDays(30)))
                .singleElement().satisfies(t -> {
                    assertThat(t.provider()).isEqualTo("华安后勤");
                    assertThat(t.medianDays()).isEqualByComparingTo("4");
                    assertThat(t.closed()).isEqualTo(1);
                });
    }

    @Test
    void theSameItemAtTheSamePlaceAgainIsARepeatAndEscalates() {
        Inspection first = maintenance(LocalDate.of(2026, 12, 1));
        UUID firstOrder = service.raise(request(first, List.of("1.1"), true, null), w.inspector.id()).get(0).id();
        Inspection second = maintenance(LocalDate.of(2026, 12, 3));
        RectificationOrder again = service.raise(request(second, List.of("1.1"), true, null), w.inspector.id()).get(0);
        assertThat(again.repeatOf()).isEqualTo(firstOrder);
        assertThat(again.level()).isEqualTo(ResponsibilityLevel.SUPERVISOR);
        RectificationOrder other = service.raise(request(second, List.of("1.4"), true, null), w.inspector.id()).get(0);
        assertThat(other.repeated()).isFalse();
        // a third time, after the second order was closed within the window: one more level up
        orders.reinspect(again.id(), Verdict.PASSED, "好了", null, w.inspector.id());
        orders.close(again.id(), w.supervisor.id());
        RectificationOrder third = service.raise(request(maintenance(TODAY), List.of("1.1"), true, null),
                w.inspector.id()).get(0);
        assertThat(third.level()).isEqualTo(ResponsibilityLevel.PROJECT_HEAD);
        assertThat(w.c.rectification().desk().desk().counts(RectificationDesk.Filter.all(), TODAY).repeated()).isEqualTo(2);
    }

    @Test
    void theDeskListsOverdueDueAndTheCalendarAndNoticesWhatBecameOverdueSinceTheLastSession() {
        RectificationDeskService deskService = w.c.rectification().desk();
        assertThat(deskService.startSession(10).lastSession()).isEmpty();
        UUID overdue = service.raise(request(maintenance(LocalDate.of(2026, 12, 1)), List.of("1.1"), true, null),
                w.inspector.id()).get(0).id();
        UUID dueToday = service.raise(request(maintenance(LocalDate.of(2026, 12, 2)), List.of("1.4"), true, TODAY),
                w.inspector.id()).get(0).id();
        Inspection env = w.sheet(w.hospitalProvider, "hospital-environment", InspectionKind.FULL, LocalDate.of(2026, 12, 4),
                Map.of("1.1", q("2")));
        UUID environment = service.raise(request(env, List.of(), true, null), w.inspector.id()).get(0).id();
        RectificationDesk desk = deskService.desk();

        assertThat(desk.list(RectificationDesk.Filter.overdue(), TODAY, 50)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(overdue);
            assertThat(r.daysOverdue()).isEqualTo(4);
            assertThat(r.items()).isEqualTo("1.1");
            assertThat(r.provider()).isEqualTo("华安后勤");
        });
        assertThat(desk.list(RectificationDesk.Filter.all().withServiceLine(ServiceLine.ENVIRONMENT), TODAY, 50))
                .extracting(RectificationDesk.Row::id).containsExactly(environment);
        assertThat(desk.list(RectificationDesk.Filter.all().withPlace(w.ward.id()), TODAY, 50)).hasSize(3);
        assertThat(desk.list(RectificationDesk.Filter.all().withProvider(w.collegeProvider.id()), TODAY, 50)).isEmpty();
        RectificationDesk.Counts counts = desk.counts(RectificationDesk.Filter.all(), TODAY);
        assertThat(counts.open()).isEqualTo(3);
        assertThat(counts.overdue()).isEqualTo(1);
        assertThat(counts.dueToday()).isEqualTo(1);
        assertThat(counts.dueThisWeek()).isEqualTo(1); // Saturday 5 Dec; the environment order is due Monday 7 Dec
        assertThat(counts.ageing().get(RectificationDesk.Ageing.DAYS_0_3)).isEqualTo(2);
        assertThat(counts.ageing().get(RectificationDesk.Ageing.DAYS_4_7)).isEqualTo(1);
        assertThat(desk.calendar(YearMonth.of(2026, 12), RectificationDesk.Filter.all(), TODAY))
                .containsExactly(new RectificationDesk.Day(LocalDate.of(2026, 12, 1), 1, 1, 0),
                        new RectificationDesk.Day(TODAY, 1, 0, 0), new RectificationDesk.Day(LocalDate.of(2026, 12, 7), 1, 0, 0));

        RectificationDeskService.SessionNotice notice = deskService.startSession(10);
        assertThat(notice.lastSession()).isPresent();
        // the last session was today: nothing has become overdue since
        assertThat(notice.newlyOverdue()).isEmpty();
        w.c.core().settings().put(RectificationDeskService.LAST_SESSION, "2026-12-01T18:00+08:00");
        assertThat(deskService.startSession(10).newlyOverdue()).extracting(RectificationDeskService.DeskOrder::id)
                .containsExactly(overdue);
        w.c.core().settings().put(RectificationDeskService.LAST_SESSION, "2026-12-02T18:00+08:00");
        assertThat(deskService.startSession(10).newlyOverdue()).isEmpty();
        assertThat(dueToday).isNotNull();
    }

    @Test
    void theNoticeIsAPdfWithTheOrdersFactsAndItsRecordEmbedded() throws IOException {
        Inspection first = maintenance(LocalDate.of(2026, 12, 1));
        service.raise(request(first, List.of("1.1"), true, null), w.inspector.id());
        RectificationOrder repeat = service.raise(request(maintenance(LocalDate.of(2026, 12, 2)), List.of("1.1"), true, null),
                w.inspector.id()).get(0);
        byte[] pdf = w.c.rectification().notices().pdf(repeat.id());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("整改通知单", "华安后勤服务集团有限公司", "心内科病区", "王班长（主管）", "2026-12-02",
                    "培训", "流程", "新员工不熟悉记录要求", "培训后补填记录", "重复问题", "服务企业签收", "第1.1项",
                    "整改通知单编号" + repeat.id().toString().substring(0, 8));
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files.get("rectification-" + repeat.id() + ".json");
            assertThat(spec).isNotNull();
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(json).contains(repeat.id().toString(), "logicheck-rectification-order/1", "\"SUPERVISOR\"");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("整改通知单");
        }
    }
}
