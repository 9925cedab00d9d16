package com.logicheck.domain.sync;

import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import java.util.Optional;

/**
 * 处理记录冲突: who may decide a conflict between two laptops' signed records (ADR 0027), and which decisions the
 * domain allows. Keeping this laptop's side is always possible: the incoming record stays here, rejected, with the
 * reason. Taking the incoming side is possible only where one record can replace the other without undoing anything
 * this laptop did — another laptop's closing of a month replaces ours (ours is marked superseded). A step of an
 * order cannot replace ours: ours may have travelled, have photos and a re-inspection behind it, and undoing it
 * would rewrite a signed history; such a conflict is settled by keeping ours and, if needed, taking the next step.
 */
public final class RecordConflictDecision {
    /** The longest reason kept (the column's size). */
    public static final int MAX_REASON = 2000;

    /** What a person decides. */
    public enum Resolution { KEPT_LOCAL, TOOK_INCOMING }

    private RecordConflictDecision() {
    }

    /** 主管 or 管理员 decide; an inspector (or a provider's contact) sees the conflicts but cannot decide. */
    public static boolean mayDecide(Role role) {
        return role != null && role.supervises();
    }

    /** Whether the incoming record may replace ours for a conflict of {@code conflictKind} about {@code recordKind}. */
    public static boolean mayTakeIncoming(String conflictKind, String recordKind) {
        return "MONTH_CLOSED_TWICE".equals(conflictKind) && "MONTH_CLOSED".equals(recordKind);
    }

    /** Why the decision is refused, or empty when it may be taken. {@code name} is the decider's, for the message. */
    public static Optional<Problem> refusal(Role role, String name, Resolution resolution, String conflictKind,
                                            String recordKind, String reason) {
        if (!mayDecide(role)) {
            return Optional.of(Problem.of("problem.recordConflict.notAllowed", name));
        }
        if (resolution == Resolution.TOOK_INCOMING && !mayTakeIncoming(conflictKind, recordKind)) {
            return Optional.of(Problem.of("problem.recordConflict.keepOnly." + conflictKind));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(Problem.of("problem.recordConflict.reasonRequired"));
        }
        if (reason.strip().length() > MAX_REASON) {
            return Optional.of(Problem.of("problem.recordConflict.reasonTooLong", MAX_REASON));
        }
        return Optional.empty();
    }
}
