package com.logicheck.domain.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RectificationOrderTest {
    static final LocalDate INSPECTED = LocalDate.of(2026, 11, 10);
    static final OffsetDateTime AT = INSPECTED.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
    static final UUID ITEM = UUID.randomUUID();
    static final OrderItem DEDUCTION = new OrderItem(ITEM, UUID.randomUUID(), "3", "维修记录", UUID.randomUUID(),
            new BigDecimal("1.00"), "未填写维修记录");

    static RectificationPlan plan(LocalDate deadline) {
        return new RectificationPlan("王班长", deadline, "每次维修填写维修记录", Set.of(CauseCategory.TRAINING), "新员工未培训",
                "组织培训，补填记录");
    }

    static RectificationOrder open(LocalDate deadline) {
        return RectificationOrder.raise(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ServiceLine.MAINTENANCE, INSPECTED, List.of(DEDUCTION), plan(deadline), ResponsibilityLevel.AREA_LEAD,
                null, UUID.randomUUID(), AT);
    }

    static Reinspection reinspection(Verdict verdict, LocalDate newDeadline) {
        return new Reinspection(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), AT.plusDays(1), verdict,
                "复查", List.of(), newDeadline);
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key).contains(key));
    }

    @Test
    void theWholeLoopFailedThenPassedThenClosed() {
        RectificationOrder o = open(INSPECTED);
        assertThat(o.status()).isEqualTo(RectificationStatus.OPEN);
        o = o.reportFixed("已补填", AT.plusHours(3));
        assertThat(o.status()).isEqualTo(RectificationStatus.REPORTED_FIXED);
        o = o.reinspect(reinspection(Verdict.FAILED, INSPECTED.plusDays(3)), Role.INSPECTOR, INSPECTED.plusDays(1));
        assertThat(o.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(o.round()).isEqualTo(2);
        assertThat(o.deadline()).isEqualTo(INSPECTED.plusDays(3));
        o = o.reportFixed("重新整改", AT.plusDays(2)).reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR,
                INSPECTED.plusDays(3));
        assertThat(o.status()).isEqualTo(RectificationStatus.VERIFIED);
        UUID boss = UUID.randomUUID();
        o = o.close(Role.SUPERVISOR, boss, AT.plusDays(4));
        assertThat(o.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(o.closedBy()).isEqualTo(boss);
    }

    static Stream<Arguments> badPlans() {
        return Stream.of(
                Arguments.of(new RectificationPlan("王班长", INSPECTED.minusDays(1), "标准", Set.of(CauseCategory.PLAN), "", ""),
                        "problem.rectification.deadlineBeforeInspection"),
                Arguments.of(new RectificationPlan(" ", INSPECTED, "标准", Set.of(CauseCategory.PLAN), "", ""),
                        "problem.rectification.noResponsible"),
                Arguments.of(new RectificationPlan("王班长", null, "标准", Set.of(CauseCategory.PLAN), "", ""),
                        "problem.rectification.noDeadline"),
                Arguments.of(new RectificationPlan("王班长", INSPECTED, "", Set.of(CauseCategory.PLAN), "", ""),
                        "problem.rectification.noStandard"),
                Arguments.of(new RectificationPlan("王班长", INSPECTED, "标准", Set.of(), "", ""),
                        "problem.rectification.noCause"));
    }

    @ParameterizedTest
    @MethodSource("badPlans")
    void badPlansAreRefused(RectificationPlan plan, String key) {
        refused(() -> RectificationOrder.raise(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ServiceLine.ENVIRONMENT, INSPECTED, List.of(DEDUCTION), plan, ResponsibilityLevel.AREA_LEAD, null,
                UUID.randomUUID(), AT), key);
    }

    @Test
    void itemsMustBeDeductedOnceEach() {
        OrderItem zero = new OrderItem(UUID.randomUUID(), UUID.randomUUID(), "4", "x", null, BigDecimal.ZERO, "");
        assertThat(RectificationRules.checkNew(List.of(), plan(INSPECTED), INSPECTED)).extracting(Problem::key)
                .containsExactly("problem.rectification.noItems");
        assertThat(RectificationRules.checkNew(List.of(DEDUCTION, DEDUCTION, zero), plan(INSPECTED), INSPECTED))
                .extracting(Problem::key)
                .containsExactly("problem.rectification.itemTwice", "problem.rectification.itemNotDeducted");
    }

    @Test
    void anExemptedDeductionGetsNoOrder() {
        refused(() -> RectificationRules.requireNotExempted(List.of(DEDUCTION), Set.of(ITEM)),
                "problem.rectification.exempted");
        RectificationRules.requireNotExempted(List.of(DEDUCTION), Set.of(UUID.randomUUID()));
    }

    @Test
    void aClosedOrderCannotBeReinspectedOrClosedAgain() {
        RectificationOrder closed = open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), Role.SUPERVISOR,
                INSPECTED).close(Role.SUPERVISOR, UUID.randomUUID(), AT);
        refused(() -> closed.reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED.plusDays(1)),
                "problem.rectification.reinspectClosed");
        refused(() -> closed.close(Role.SUPERVISOR, UUID.randomUUID(), AT), "problem.rectification.alreadyClosed");
    }

    @ParameterizedTest
    @EnumSource(value = RectificationStatus.class, names = {"OPEN", "REPORTED_FIXED"})
    void closingWithoutAPassedReinspectionIsRefused(RectificationStatus status) {
        RectificationOrder o = status == RectificationStatus.OPEN ? open(INSPECTED) : open(INSPECTED).reportFixed("好了", AT);
        refused(() -> o.close(Role.SUPERVISOR, UUID.randomUUID(), AT), "problem.rectification.closeWithoutPass");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"INSPECTOR", "PROVIDER_CONTACT"})
    void onlySupervisorsClose(Role role) {
        RectificationOrder verified = open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED);
        refused(() -> verified.close(role, UUID.randomUUID(), AT), "problem.rectification.notSupervisor");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "ADMIN"})
    void supervisorsAndAdminsClose(Role role) {
        RectificationOrder verified = open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED);
        assertThat(verified.close(role, UUID.randomUUID(), AT).status()).isEqualTo(RectificationStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PROVIDER_CONTACT"})
    void onlyInspectorsAndSupervisorsReinspect(Role role) {
        refused(() -> open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), role, INSPECTED),
                "problem.rectification.notInspector");
    }

    @Test
    void aFailedReinspectionNeedsANewDeadlineNotInThePast() {
        refused(() -> open(INSPECTED).reinspect(reinspection(Verdict.FAILED, null), Role.INSPECTOR, INSPECTED.plusDays(2)),
                "problem.rectification.noNewDeadline");
        refused(() -> open(INSPECTED).reinspect(reinspection(Verdict.FAILED, INSPECTED.plusDays(1)), Role.INSPECTOR,
                INSPECTED.plusDays(2)), "problem.rectification.newDeadlineBeforeReinspection");
        refused(() -> open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED.minusDays(1)),
                "problem.rectification.reinspectBeforeInspection");
    }

    @Test
    void reportingTwiceOrWithoutANoteIsRefused() {
        refused(() -> open(INSPECTED).reportFixed(" ", AT), "problem.rectification.noReportNote");
        refused(() -> open(INSPECTED).reportFixed("好了", AT).reportFixed("又好了", AT), "problem.rectification.notOpen");
        refused(() -> open(INSPECTED).reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED)
                .reinspect(reinspection(Verdict.PASSED, null), Role.INSPECTOR, INSPECTED), "problem.rectification.alreadyVerified");
    }

    @ParameterizedTest(name = "deadline {0}, today {1}: overdue {2} by {3} days")
    @CsvSource({
        "2026-11-10, 2026-11-10, false, 0",
        "2026-11-10, 2026-11-11, true, 1",
        "2026-11-13, 2026-11-20, true, 7",
        "2026-11-13, 2026-11-12, false, 0"})
    void overdueIsCountedFromTheDayAfterTheDeadline(LocalDate deadline, LocalDate today, boolean overdue, long days) {
        RectificationOrder o = open(deadline);
        assertThat(o.overdue(today)).isEqualTo(overdue);
        assertThat(o.daysOverdue(today)).isEqualTo(days);
    }

    @Test
    void anOrderReportedFixedIsNoLongerOverdue() {
        assertThat(open(INSPECTED).reportFixed("好了", AT).overdue(INSPECTED.plusDays(5))).isFalse();
    }
}
