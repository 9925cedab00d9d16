package com.logicheck.scoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.InspectionOccasion;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000 总则 2: at least one full inspection a month and two spot checks a quarter. A day counts once however
 * many sheets it filled; the spot-check shortfall is reported in the quarter's last month; neither changes the score.
 */
class RequiredInspectionsTest {

    @ParameterizedTest(name = "{0}: full {1}, spot {2} → warnings [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
        # month   | full-inspection days     | spot-check days            | warnings
        2026-11   | 2026-11-03               | 2026-10-05                 |
        2026-11   |                          | 2026-10-05                 | assess.warning.fullInspections
        # November is not the quarter's last month: one spot check so far is not yet a shortfall
        2026-11   | 2026-11-03               |                            |
        2026-12   | 2026-12-03               | 2026-10-05 2026-12-01      |
        2026-12   | 2026-12-03               | 2026-12-01                 | assess.warning.spotChecks
        # two sheets on the same day are one spot check
        2026-12   | 2026-12-03               | 2026-12-01 2026-12-01      | assess.warning.spotChecks
        # a spot check of the previous quarter does not count
        2026-12   | 2026-12-03               | 2026-09-30 2026-12-01      | assess.warning.spotChecks
        2026-12   |                          |                            | assess.warning.fullInspections assess.warning.spotChecks
        """)
    void requiredInspections(String month, String full, String spot, String warnings) {
        Input in = Input.hospital("90", "90", "90", "90", "90");
        in.month = YearMonth.parse(month);
        add(in, full, InspectionKind.FULL);
        add(in, spot, InspectionKind.SPOT_CHECK);
        MonthlyAssessment m = in.assess();
        assertThat(m.warnings()).extracting(Problem::key).filteredOn(k -> k.contains("Inspections") || k.contains("spot"))
                .containsExactly(warnings == null ? new String[0] : warnings.split(" "));
        assertThat(m.total()).isEqualByComparingTo("900.00");
        assertThat(m.inspections().fullRequired()).isEqualTo(1);
        assertThat(m.inspections().spotRequired()).isEqualTo(2);
    }

    private static void add(Input in, String days, InspectionKind kind) {
        if (days != null) {
            for (String day : days.split(" ")) {
                in.occasions.add(new InspectionOccasion(LocalDate.parse(day), kind));
            }
        }
    }
}
