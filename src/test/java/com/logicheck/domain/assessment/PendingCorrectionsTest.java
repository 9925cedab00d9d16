package com.logicheck.domain.assessment;

import static com.logicheck.domain.inspection.InspectionStatus.DRAFT;
import static com.logicheck.domain.inspection.InspectionStatus.FINISHED;
import static com.logicheck.domain.inspection.InspectionStatus.SIGNED;
import static com.logicheck.domain.inspection.InspectionStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 有更正待签: a sheet being corrected keeps counting with its signed result until its correction counts. */
class PendingCorrectionsTest {
    private static final SheetSelection SIGNED_OR_FINISHED = selection(SIGNED, FINISHED);
    private static final SheetSelection SIGNED_ONLY = selection(SIGNED);
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private static SheetSelection selection(InspectionStatus... statuses) {
        return new SheetSelection(Set.of(statuses), Set.of(InspectionKind.values()), MissingTemplatePolicy.RESCALE);
    }

    @Test
    void whileTheCorrectionIsADraftTheSignedSheetStandsInForIt() {
        List<PendingCorrections.Sheet> month = List.of(new PendingCorrections.Sheet(first, null, SUPERSEDED),
                new PendingCorrections.Sheet(second, first, DRAFT), new PendingCorrections.Sheet(other, null, SIGNED));
        assertThat(PendingCorrections.taken(month, SIGNED_OR_FINISHED)).containsExactly(first, other);
        assertThat(SIGNED_OR_FINISHED.counts(SUPERSEDED, InspectionKind.FULL))
                .as("a superseded sheet counts only as the stand-in the assessment marks (SheetInput.countedAs)").isFalse();
    }

    @Test
    void onceTheCorrectionCountsItTakesThePlaceOfTheSignedSheet() {
        List<PendingCorrections.Sheet> signed = List.of(new PendingCorrections.Sheet(first, null, SUPERSEDED),
                new PendingCorrections.Sheet(second, first, SIGNED));
        assertThat(PendingCorrections.taken(signed, SIGNED_ONLY)).containsExactly(second);
        List<PendingCorrections.Sheet> finished = List.of(new PendingCorrections.Sheet(first, null, SUPERSEDED),
                new PendingCorrections.Sheet(second, first, FINISHED));
        assertThat(PendingCorrections.taken(finished, SIGNED_OR_FINISHED)).containsExactly(second);
        assertThat(PendingCorrections.taken(finished, SIGNED_ONLY)).as("finished is not signed yet").containsExactly(first);
    }

    @Test
    void ofAChainOfCorrectionsTheNewestSupersededSheetStandsIn() {
        List<PendingCorrections.Sheet> month = List.of(new PendingCorrections.Sheet(first, null, SUPERSEDED),
                new PendingCorrections.Sheet(second, first, SUPERSEDED),
                new PendingCorrections.Sheet(third, second, DRAFT));
        assertThat(PendingCorrections.taken(month, SIGNED_ONLY)).containsExactly(second);
    }

    @Test
    void aSchemeThatCountsNoSignedSheetsTakesNoSupersededOne() {
        List<PendingCorrections.Sheet> month = List.of(new PendingCorrections.Sheet(first, null, SUPERSEDED),
                new PendingCorrections.Sheet(second, first, DRAFT));
        assertThat(PendingCorrections.taken(month, selection(FINISHED))).isEmpty();
        assertThat(selection(FINISHED).counts(SUPERSEDED, InspectionKind.FULL)).isFalse();
    }
}
