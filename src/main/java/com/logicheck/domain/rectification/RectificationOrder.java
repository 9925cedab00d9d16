package com.logicheck.domain.rectification;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * 整改通知单: a written rectification notice raised from one or more deductions of a finished or signed sheet.
 * Its lifecycle is 待整改 → 已报整改 → 复查合格 → 已关闭; a failed 复查 starts a new round with a new deadline.
 * {@code repeatOf} is set for a 重复问题, whose {@code level} was escalated. The methods return the changed order
 * and refuse a step the lifecycle does not allow, with a message for the user.
 */
public record RectificationOrder(UUID id, UUID inspectionId, UUID providerId, UUID placeId, ServiceLine serviceLine,
                                 LocalDate inspectedOn, List<OrderItem> items, RectificationPlan plan,
                                 ResponsibilityLevel level, UUID repeatOf, RectificationStatus status, int round,
                                 UUID raisedBy, OffsetDateTime raisedAt, OffsetDateTime reportedAt, String reportNote,
                                 UUID closedBy, OffsetDateTime closedAt) {
    public RectificationOrder {
        items = List.copyOf(items);
        reportNote = reportNote == null ? "" : reportNote;
    }

    /** A new order (round 1, open), checked against {@link RectificationRules#checkNew}. */
    public static RectificationOrder raise(UUID id, UUID inspectionId, UUID providerId, UUID placeId,
                                           ServiceLine serviceLine, LocalDate inspectedOn, List<OrderItem> items,
                                           RectificationPlan plan, ResponsibilityLevel level, UUID repeatOf,
                                           UUID raisedBy, OffsetDateTime raisedAt) {
        RectificationRules.requireValid(RectificationRules.checkNew(items, plan, inspectedOn));
        return new RectificationOrder(id, inspectionId, providerId, placeId, serviceLine, inspectedOn, items, plan,
                level, repeatOf, RectificationStatus.OPEN, 1, raisedBy, raisedAt, null, "", null, null);
    }

    public boolean repeated() {
        return repeatOf != null;
    }

    public LocalDate deadline() {
        return plan.deadline();
    }

    /** 逾期: still waiting for the provider after its deadline day. */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && today.isAfter(plan.deadline());
    }

    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(plan.deadline(), today) : 0;
    }

    /**
     * The provider reports the problem fixed, entered by {@code actorRole} (its own contact, or an inspector or
     * supervisor on its behalf; {@link RectificationRoles#mayReportFixed}).
     */
    public RectificationOrder reportFixed(String note, OffsetDateTime at, Role actorRole, UUID actorProviderId) {
        if (!RectificationRoles.mayReportFixed(actorRole, actorProviderId, providerId)) {
            throw new DomainException(Problem.of("problem.rectification.notReporter"));
        }
        return reportFixed(note, at);
    }

    /** The provider reports the problem fixed (整改完成, with a note and optionally photos). */
    public RectificationOrder reportFixed(String note, OffsetDateTime at) {
        if (status != RectificationStatus.OPEN) {
            throw new DomainException(Problem.of("problem.rectification.notOpen"));
        }
        if (note == null || note.isBlank()) {
            throw new DomainException(Problem.of("problem.rectification.noReportNote"));
        }
        return new RectificationOrder(id, inspectionId, providerId, placeId, serviceLine, inspectedOn, items, plan,
                level, repeatOf, RectificationStatus.REPORTED_FIXED, round, raisedBy, raisedAt, at, note.strip(),
                closedBy, closedAt);
    }

    /**
     * 复查 by an inspector or supervisor. Passed: 复查合格. Failed: back to 待整改 with the new deadline (not before
     * the re-inspection day), the next round.
     */
    public RectificationOrder reinspect(Reinspection r, Role inspectorRole, LocalDate day) {
        if (!RectificationRoles.mayReinspect(inspectorRole)) {
            throw new DomainException(Problem.of("problem.rectification.notInspector"));
        }
        if (status == RectificationStatus.CLOSED) {
            throw new DomainException(Problem.of("problem.rectification.reinspectClosed"));
        }
        if (status == RectificationStatus.VERIFIED) {
            throw new DomainException(Problem.of("problem.rectification.alreadyVerified"));
        }
        if (day.isBefore(inspectedOn)) {
            throw new DomainException(Problem.of("problem.rectification.reinspectBeforeInspection", inspectedOn));
        }
        if (r.verdict() == Verdict.PASSED) {
            return withState(RectificationStatus.VERIFIED, round, plan);
        }
        if (r.newDeadline() == null) {
            throw new DomainException(Problem.of("problem.rectification.noNewDeadline"));
        }
        if (r.newDeadline().isBefore(day)) {
            throw new DomainException(Problem.of("problem.rectification.newDeadlineBeforeReinspection", r.newDeadline(), day));
        }
        return withState(RectificationStatus.OPEN, round + 1, plan.withDeadline(r.newDeadline()));
    }

    /** 关闭: supervisors only, and only after a passed re-inspection. */
    public RectificationOrder close(Role actorRole, UUID actorId, OffsetDateTime at) {
        if (!RectificationRoles.mayClose(actorRole)) {
            throw new DomainException(Problem.of("problem.rectification.notSupervisor"));
        }
        if (status == RectificationStatus.CLOSED) {
            throw new DomainException(Problem.of("problem.rectification.alreadyClosed"));
        }
        if (status != RectificationStatus.VERIFIED) {
            throw new DomainException(Problem.of("problem.rectification.closeWithoutPass"));
        }
        return new RectificationOrder(id, inspectionId, providerId, placeId, serviceLine, inspectedOn, items, plan,
                level, repeatOf, RectificationStatus.CLOSED, round, raisedBy, raisedAt, reportedAt, reportNote,
                actorId, at);
    }

    private RectificationOrder withState(RectificationStatus newStatus, int newRound, RectificationPlan newPlan) {
        return new RectificationOrder(id, inspectionId, providerId, placeId, serviceLine, inspectedOn, items, newPlan,
                level, repeatOf, newStatus, newRound, raisedBy, raisedAt, reportedAt, reportNote, closedBy, closedAt);
    }
}
