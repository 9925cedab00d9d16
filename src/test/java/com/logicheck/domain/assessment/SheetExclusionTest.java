package com.logicheck.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Why a sheet is left out of the month, for a scheme counting signed 全面检查 and 抽查 only (the hospital's). */
class SheetExclusionTest {
    static final SheetSelection SIGNED_ONLY = new SheetSelection(Set.of(InspectionStatus.SIGNED),
            EnumSet.of(InspectionKind.FULL, InspectionKind.SPOT_CHECK), MissingTemplatePolicy.RESCALE);
    static final SheetSelection FINISHED_TOO = new SheetSelection(Set.of(InspectionStatus.SIGNED, InspectionStatus.FINISHED),
            EnumSet.of(InspectionKind.FULL, InspectionKind.SPOT_CHECK), MissingTemplatePolicy.RESCALE);

    @ParameterizedTest(name = "{0} {1} taken={2} inContract={3} → {4}")
    @CsvSource({
        "SIGNED,     FULL,       true,  true,  ",
        "SIGNED,     SPOT_CHECK, true,  true,  ",
        "SIGNED,     PATROL,     true,  true,  KIND_NOT_COUNTED",
        "FINISHED,   FULL,       false, true,  NOT_SIGNED",
        "DRAFT,      FULL,       false, true,  DRAFT",
        "SUPERSEDED, FULL,       false, true,  SUPERSEDED",
        "SUPERSEDED, FULL,       true,  true,  ",                // stands in for its open correction
        "SIGNED,     FULL,       true,  false, NOT_IN_CONTRACT",
        "DRAFT,      PATROL,     false, false, NOT_IN_CONTRACT",  // the contract is the first reason
    })
    void signedOnly(InspectionStatus status, InspectionKind kind, boolean taken, boolean inContract,
                    SheetExclusion expected) {
        assertThat(SheetExclusion.of(status, kind, taken, inContract, SIGNED_ONLY)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} taken={1} → {2}")
    @CsvSource({
        "FINISHED, true,  ",
        "DRAFT,    false, DRAFT",
        "SIGNED,   false, STATUS_NOT_COUNTED",
    })
    void finishedCountsToo(InspectionStatus status, boolean taken, SheetExclusion expected) {
        assertThat(SheetExclusion.of(status, InspectionKind.FULL, taken, true, FINISHED_TOO))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
