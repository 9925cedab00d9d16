package com.logicheck.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every step of a sheet's lifecycle from every status, allowed or refused with the key the user has always read
 * (SigningLockIT and InspectionLifecycleIT show the same through the services and the database).
 */
class InspectionLifecycleTest {
    static final OffsetDateTime FINISHED_AT = OffsetDateTime.of(2026, 11, 10, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    static final OffsetDateTime SIGNED_AT = FINISHED_AT.plusMinutes(20);
    static final BigDecimal SCORE = new BigDecimal("96.50");

    static InspectionLifecycle in(InspectionStatus status) {
        InspectionLifecycle draft = InspectionLifecycle.start(UUID.randomUUID());
        return switch (status) {
            case DRAFT -> draft;
            case FINISHED -> draft.finish(FINISHED_AT, SCORE, "优秀");
            case SIGNED -> in(InspectionStatus.FINISHED).sign(SIGNED_AT, "ab12");
            case SUPERSEDED -> in(InspectionStatus.SIGNED).revise(UUID.randomUUID(), "补录漏拍的照片").superseded();
        };
    }

    /** The step named in the table, as the services ask it. */
    static Function<InspectionLifecycle, Object> step(String name) {
        return switch (name) {
            case "edit" -> InspectionLifecycle::requireEditable;
            case "finish" -> s -> s.finish(FINISHED_AT, SCORE, "优秀");
            case "reopen" -> InspectionLifecycle::reopen;
            case "signable" -> s -> s.requireSignable(0);
            case "sign" -> s -> s.sign(SIGNED_AT, "ab12");
            case "revise" -> s -> s.revise(UUID.randomUUID(), "补录漏拍的照片");
            case "order" -> InspectionLifecycle::requireOrderable;
            case "relief" -> InspectionLifecycle::requireRelievable;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static void refused(Runnable step, String key, Object... args) {
        assertThatThrownBy(step::run).isInstanceOf(DomainException.class).satisfies(e -> {
            Problem p = ((DomainException) e).first();
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.args()).containsExactly(args);
        });
    }

    @ParameterizedTest(name = "{1} a {0} sheet: {2}")
    @CsvSource(textBlock = """
            DRAFT,      edit,     ok
            FINISHED,   edit,     problem.inspection.locked
            SIGNED,     edit,     problem.inspection.locked
            SUPERSEDED, edit,     problem.inspection.locked
            DRAFT,      finish,   ok
            FINISHED,   finish,   problem.inspection.locked
            SIGNED,     finish,   problem.inspection.locked
            SUPERSEDED, finish,   problem.inspection.locked
            DRAFT,      reopen,   problem.inspection.cannotReopen
            FINISHED,   reopen,   ok
            SIGNED,     reopen,   problem.inspection.cannotReopen
            SUPERSEDED, reopen,   problem.inspection.cannotReopen
            DRAFT,      signable, problem.sign.notFinished
            FINISHED,   signable, ok
            SIGNED,     signable, problem.sign.alreadySigned
            SUPERSEDED, signable, problem.sign.alreadySigned
            DRAFT,      sign,     problem.sign.notFinished
            FINISHED,   sign,     ok
            SIGNED,     sign,     problem.sign.alreadySigned
            SUPERSEDED, sign,     problem.sign.alreadySigned
            DRAFT,      revise,   problem.revise.notSigned
            FINISHED,   revise,   problem.revise.notSigned
            SIGNED,     revise,   ok
            SUPERSEDED, revise,   problem.revise.superseded
            DRAFT,      order,    problem.rectification.sheetNotFinished
            FINISHED,   order,    ok
            SIGNED,     order,    ok
            SUPERSEDED, order,    problem.rectification.sheetNotFinished
            DRAFT,      relief,   problem.relief.sheetNotCounted
            FINISHED,   relief,   ok
            SIGNED,     relief,   ok
            SUPERSEDED, relief,   problem.relief.sheetNotCounted
            """)
    void everyStepFromEveryStatus(InspectionStatus status, String step, String outcome) {
        InspectionLifecycle sheet = in(status);
        if (outcome.equals("ok")) {
            assertThat(step(step).apply(sheet)).isNotNull();
            return;
        }
        // the locked and cannot-reopen messages name the status the sheet is in
        Object[] args = outcome.startsWith("problem.inspection.") ? new Object[] {status.name()} : new Object[0];
        refused(() -> step(step).apply(sheet), outcome, args);
    }

    @ParameterizedTest(name = "{0} counts: {1}")
    @CsvSource({"DRAFT, false", "FINISHED, true", "SIGNED, true", "SUPERSEDED, false"})
    void onlyAFinishedOrSignedSheetCounts(InspectionStatus status, boolean counts) {
        assertThat(in(status).counts()).isEqualTo(counts);
    }

    @Test
    void aNewSheetIsTheFirstRevisionsDraft() {
        UUID id = UUID.randomUUID();
        assertThat(InspectionLifecycle.start(id))
                .isEqualTo(new InspectionLifecycle(id, InspectionStatus.DRAFT, 1, null, null, null, null, null, null));
        assertThat(InspectionLifecycle.start(id).requireEditable()).isEqualTo(InspectionLifecycle.start(id));
    }

    @Test
    void finishingKeepsTheScoreAndGradeAndReopeningForgetsThem() {
        InspectionLifecycle draft = InspectionLifecycle.start(UUID.randomUUID());
        InspectionLifecycle finished = draft.finish(FINISHED_AT, SCORE, "优秀");
        assertThat(finished.status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(List.of(finished.finishedAt(), finished.score(), finished.grade()))
                .containsExactly(FINISHED_AT, SCORE, "优秀");
        assertThat(finished.reopen()).isEqualTo(draft);
    }

    @Test
    void signingKeepsTheFinishAndAddsTheTimeAndThePdfHash() {
        InspectionLifecycle finished = in(InspectionStatus.FINISHED);
        InspectionLifecycle signed = finished.sign(SIGNED_AT, "ab12");
        assertThat(signed).isEqualTo(new InspectionLifecycle(finished.id(), InspectionStatus.SIGNED, 1, null,
                FINISHED_AT, SCORE, "优秀", SIGNED_AT, "ab12"));
    }

    @Test
    void unansweredItemsAreNamedAfterASecondSigningAndBeforeAnUnfinishedSheet() {
        refused(() -> in(InspectionStatus.DRAFT).requireSignable(3), "problem.sign.unanswered", 3);
        refused(() -> in(InspectionStatus.FINISHED).requireSignable(1), "problem.sign.unanswered", 1);
        refused(() -> in(InspectionStatus.SIGNED).requireSignable(2), "problem.sign.alreadySigned");
    }

    @Test
    void aRevisionIsTheNextDraftThatSupersedesTheSignedSheetWhichStaysAsItWas() {
        InspectionLifecycle signed = in(InspectionStatus.SIGNED);
        UUID next = UUID.randomUUID();
        InspectionLifecycle.Revision revision = signed.revise(next, "补录漏拍的照片");
        assertThat(revision.superseded()).isEqualTo(new InspectionLifecycle(signed.id(), InspectionStatus.SUPERSEDED, 1,
                null, FINISHED_AT, SCORE, "优秀", SIGNED_AT, "ab12"));
        assertThat(revision.draft()).isEqualTo(new InspectionLifecycle(next, InspectionStatus.DRAFT, 2, signed.id(),
                null, null, null, null, null));
        // the revision is signed in its turn and corrected again: revision 3 supersedes revision 2
        InspectionLifecycle third = revision.draft().finish(FINISHED_AT, SCORE, "优秀").sign(SIGNED_AT, "cd34")
                .revise(UUID.randomUUID(), "补录漏拍的照片").draft();
        assertThat(third.revision()).isEqualTo(3);
        assertThat(third.supersedesId()).isEqualTo(next);
        assertThat(revision.reason()).isEqualTo("补录漏拍的照片");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        InspectionLifecycle signed = in(InspectionStatus.SIGNED);
        refused(() -> signed.revise(UUID.randomUUID(), null), "problem.revise.noReason");
        refused(() -> signed.revise(UUID.randomUUID(), "  \n "), "problem.revise.noReason");
        refused(() -> signed.revise(UUID.randomUUID(), "长".repeat(InspectionLifecycle.MAX_REASON + 1)),
                "problem.revise.reasonTooLong", InspectionLifecycle.MAX_REASON);
    }
}
