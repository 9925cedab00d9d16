package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.q;
import static com.logicheck.service.RectificationIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's steps with evidence photos and who may take them (ADR 0018): the provider's contact or an inspector on
 * its behalf reports fixed, another provider's contact may not (an administrator counts as a supervisor, ADR 0013);
 * re-inspection photos stay with
 * their re-inspection; a refused step or a bad photo stores nothing.
 */
@DatabaseTest
class RectificationStepsIT {
    @TempDir
    Path dir;
    AssessmentWorld w;
    RectificationSteps steps;
    RectificationRepository orders;
    UUID orderId;
    Person otherContact;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir.resolve("data"));
        steps = w.c.rectification().steps();
        orders = w.c.rectification().service().orders();
        var sheet = w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, LocalDate.of(2026, 12, 1),
                Map.of("1.1", q("3", "0")));
        orderId = w.c.rectification().service().raise(new RectificationService.RaiseRequest(sheet.id(), List.of(), true,
                "王班长", null, null, Set.of(CauseCategory.STAFFING), "", "补记录"), w.inspector.id()).get(0).id();
        UUID org = w.c.core().reference().organisation().orElseThrow().id();
        otherContact = w.c.core().reference().addPerson(org, "学苑物业经理", Role.PROVIDER_CONTACT, w.collegeProvider.id());
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    Path photo(String name) {
        return UiFixture.png(dir, name);
    }

    @Test
    void theProvidersContactReportsWithPhotosAndTheReinspectionKeepsItsOwn() {
        RectificationOrder reported = steps.reportFixed(orderId, "已补填记录", List.of(photo("整改后.png")), w.contact.id());
        assertThat(reported.status()).isEqualTo(RectificationStatus.REPORTED_FIXED);
        steps.reinspect(orderId, Verdict.FAILED, "还差一处", LocalDate.of(2026, 12, 9),
                List.of(photo("复查1.png"), photo("复查2.png")), w.inspector.id());
        RectificationSteps.OrderDetail d = steps.detail(orderId);
        assertThat(d.reportPhotos()).extracting(RectificationSteps.Evidence::name).containsExactly("整改后.png");
        assertThat(d.reportPhotos().get(0).file()).exists();
        assertThat(d.reportPhotos().get(0).thumbnail()).exists();
        assertThat(d.reinspections()).singleElement().satisfies(r -> {
            assertThat(r.inspector()).isEqualTo(w.inspector.name());
            assertThat(r.photos()).extracting(RectificationSteps.Evidence::name).containsExactly("复查1.png", "复查2.png");
            assertThat(r.reinspection().photos()).hasSize(2);
        });
        assertThat(d.history()).extracting(RectificationSteps.HistoryLine::action)
                .containsExactly("RECTIFICATION_RAISED", "RECTIFICATION_REPORTED", "REINSPECTION_FAILED");
        assertThat(d.history().get(1).actor()).isEqualTo(w.contact.name());
        assertThat(d.provider()).isEqualTo("华安后勤服务集团有限公司");
    }

    @Test
    void anInspectorMayReportOnTheProvidersBehalfButNotAnotherProvidersContact() {
        refused(() -> steps.reportFixed(orderId, "已整改", List.of(photo("a.png")), otherContact.id()),
                "problem.rectification.notReporter");
        refused(() -> orders.reportFixed(orderId, "已整改", otherContact.id()), "problem.rectification.notReporter");
        assertThat(orders.photos(orderId)).isEmpty();
        assertThat(orders.find(orderId).orElseThrow().status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(steps.reportFixed(orderId, "电话报告已整改", List.of(), w.inspector.id()).status())
                .isEqualTo(RectificationStatus.REPORTED_FIXED);
        refused(() -> steps.reinspect(orderId, Verdict.PASSED, "", null, List.of(), w.contact.id()),
                "problem.rectification.notInspector");
        steps.reinspect(orderId, Verdict.PASSED, "合格", null, List.of(), w.supervisor.id());
        refused(() -> steps.close(orderId, w.inspector.id()), "problem.rectification.notSupervisor");
        refused(() -> steps.close(orderId, w.contact.id()), "problem.rectification.notSupervisor");
        assertThat(steps.close(orderId, w.supervisor.id()).status()).isEqualTo(RectificationStatus.CLOSED);
    }

    @Test
    void whoReportedItFixedDoesNotReinspectItAndWhoPassedItDoesNotCloseItAlone() {
        steps.reportFixed(orderId, "电话报告已整改", List.of(), w.supervisor.id());
        refused(() -> steps.reinspect(orderId, Verdict.PASSED, "合格", null, List.of(photo("e.png")), w.supervisor.id()),
                "problem.duties.ownReport");
        assertThat(orders.reinspections(orderId)).isEmpty();
        assertThat(orders.photos(orderId)).isEmpty();
        steps.reinspect(orderId, Verdict.PASSED, "合格", null, List.of(), w.inspector.id());

        UUID org = w.c.core().reference().organisation().orElseThrow().id();
        Person another = w.c.core().reference().addPerson(org, "陈静", Role.SUPERVISOR, null);
        assertThat(orders.find(orderId).orElseThrow().status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(steps.close(orderId, another.id()).status()).isEqualTo(RectificationStatus.CLOSED);
    }

    @Test
    void aSupervisorWhoReinspectedClosesOnlyWhenNoOtherSupervisorCould() {
        steps.reportFixed(orderId, "已整改", List.of(), w.contact.id());
        steps.reinspect(orderId, Verdict.PASSED, "合格", null, List.of(), w.supervisor.id());
        UUID org = w.c.core().reference().organisation().orElseThrow().id();
        w.c.core().reference().addPerson(org, "陈静", Role.SUPERVISOR, null);
        refused(() -> steps.close(orderId, w.supervisor.id()), "problem.duties.ownReinspection");
        assertThat(orders.find(orderId).orElseThrow().status()).isEqualTo(RectificationStatus.VERIFIED);
    }

    @Test
    void aBadPhotoOrARefusedStepStoresNothing() throws Exception {
        refused(() -> steps.reportFixed(orderId, "已整改", List.of(photo("ok.png"), UiFixture.notAnImage(dir)),
                w.contact.id()), "problem.photo.notImage");
        refused(() -> steps.reportFixed(orderId, "  ", List.of(photo("blank.png")), w.contact.id()),
                "problem.rectification.noReportNote");
        refused(() -> steps.reinspect(orderId, Verdict.FAILED, "未达标", null, List.of(photo("c.png")), w.inspector.id()),
                "problem.rectification.noNewDeadline");
        refused(() -> steps.reinspect(orderId, Verdict.FAILED, "未达标", LocalDate.of(2026, 12, 4),
                List.of(photo("d.png")), w.inspector.id()), "problem.rectification.newDeadlineBeforeReinspection");
        assertThat(orders.photos(orderId)).isEmpty();
        assertThat(orders.reinspections(orderId)).isEmpty();
        RectificationOrder o = orders.find(orderId).orElseThrow();
        assertThat(o.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(o.reportNote()).isEmpty();
        assertThat(orders.history(orderId)).hasSize(1);
        // refused before any photo was copied: only the valid photo of the first attempt may sit in the folder
        try (var files = Files.list(w.c.dataDirectory().photos())) {
            assertThat(files.filter(Files::isRegularFile).count()).isLessThanOrEqualTo(1);
        }
    }
}
