package com.logicheck.domain.inspection;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The lifecycle of one sheet (检查表): 草稿 → 已完成 → 已签字 → 已被修订. Only a draft is edited; a finished sheet goes
 * back to a draft (to correct an answer) until it is signed; a signed sheet is corrected by a new draft revision that
 * supersedes it, and then stays as it was. Each step returns the new state or refuses with the message the user has
 * always read, so the services decide with this and the repositories only write what was decided (ADR 0032).
 */
public record InspectionLifecycle(UUID id, InspectionStatus status, int revision, UUID supersedesId,
                                  OffsetDateTime finishedAt, BigDecimal score, String grade, OffsetDateTime signedAt,
                                  String contentHash) {
    public InspectionLifecycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** A signed sheet, the draft revision that corrects it and why (更正原因), as {@link #revise} decided them. */
    public record Revision(InspectionLifecycle superseded, InspectionLifecycle draft, String reason) {
    }

    /** The longest 更正原因 kept (the column's size). */
    public static final int MAX_REASON = 2000;

    /** 新建检查: a new sheet is the first revision's draft. */
    public static InspectionLifecycle start(UUID id) {
        return new InspectionLifecycle(id, InspectionStatus.DRAFT, 1, null, null, null, null, null, null);
    }

    /** Answers, photos and taking an answer back are allowed on a draft only: signed sheets are locked. */
    public InspectionLifecycle requireEditable() {
        if (!status.editable()) {
            throw new DomainException(Problem.of("problem.inspection.locked", status.name()));
        }
        return this;
    }

    /** 完成: draft → finished, with the score and grade it was finished with (the service checks the answers). */
    public InspectionLifecycle finish(OffsetDateTime at, BigDecimal finalScore, String finalGrade) {
        requireEditable();
        return new InspectionLifecycle(id, InspectionStatus.FINISHED, revision, supersedesId, at, finalScore, finalGrade,
                null, null);
    }

    /** finished → draft again, before signing, to correct an answer. Signed sheets cannot be reopened. */
    public InspectionLifecycle reopen() {
        if (status != InspectionStatus.FINISHED) {
            throw new DomainException(Problem.of("problem.inspection.cannotReopen", status.name()));
        }
        return new InspectionLifecycle(id, InspectionStatus.DRAFT, revision, supersedesId, null, null, null, null, null);
    }

    /**
     * Whether signing may start, asked before the PDF is made: a sheet is signed once, every item must be answered
     * ({@code unanswered} of them are not), and it must be finished — refused in that order.
     */
    public InspectionLifecycle requireSignable(int unanswered) {
        refuseSecondSigning();
        if (unanswered > 0) {
            throw new DomainException(Problem.of("problem.sign.unanswered", unanswered));
        }
        return requireFinishedForSigning();
    }

    /** 签字: finished → signed, with the signing time and the SHA-256 of the signed PDF. A sheet is signed once. */
    public InspectionLifecycle sign(OffsetDateTime at, String pdfSha256) {
        refuseSecondSigning();
        requireFinishedForSigning();
        return new InspectionLifecycle(id, InspectionStatus.SIGNED, revision, supersedesId, finishedAt, score, grade, at,
                pdfSha256);
    }

    /**
     * 修订: a correction of a signed sheet. The new draft (revision + 1) supersedes this one, which becomes
     * SUPERSEDED and keeps its answers, signatures and PDF. A superseded sheet is corrected through its newest
     * revision only, and a correction always says why ({@code reason}, printed on the new revision).
     */
    public Revision revise(UUID revisionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Problem.of("problem.revise.noReason"));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException(Problem.of("problem.revise.reasonTooLong", MAX_REASON));
        }
        if (status == InspectionStatus.SUPERSEDED) {
            throw new DomainException(Problem.of("problem.revise.superseded"));
        }
        if (status != InspectionStatus.SIGNED) {
            throw new DomainException(Problem.of("problem.revise.notSigned"));
        }
        InspectionLifecycle superseded = new InspectionLifecycle(id, InspectionStatus.SUPERSEDED, revision, supersedesId,
                finishedAt, score, grade, signedAt, contentHash);
        InspectionLifecycle draft = new InspectionLifecycle(revisionId, InspectionStatus.DRAFT, revision + 1, id, null,
                null, null, null, null);
        return new Revision(superseded, draft, reason.strip());
    }

    /**
     * Whether the sheet counts (in the month's assessment, for orders and reliefs): finished or signed. A draft is not
     * done yet; a superseded sheet was replaced by its revision.
     */
    public boolean counts() {
        return status == InspectionStatus.FINISHED || status == InspectionStatus.SIGNED;
    }

    /** 下达整改: orders are raised from the deductions of a sheet that counts. */
    public InspectionLifecycle requireOrderable() {
        if (!counts()) {
            throw new DomainException(Problem.of("problem.rectification.sheetNotFinished"));
        }
        return this;
    }

    /** 免扣 / 申诉: a deduction is waived or appealed on a sheet that counts. */
    public InspectionLifecycle requireRelievable() {
        if (!counts()) {
            throw new DomainException(Problem.of("problem.relief.sheetNotCounted"));
        }
        return this;
    }

    private void refuseSecondSigning() {
        if (status == InspectionStatus.SIGNED || status == InspectionStatus.SUPERSEDED) {
            throw new DomainException(Problem.of("problem.sign.alreadySigned"));
        }
    }

    private InspectionLifecycle requireFinishedForSigning() {
        if (status != InspectionStatus.FINISHED) {
            throw new DomainException(Problem.of("problem.sign.notFinished"));
        }
        return this;
    }
}
