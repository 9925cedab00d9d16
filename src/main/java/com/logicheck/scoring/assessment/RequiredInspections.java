package com.logicheck.scoring.assessment;

import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.InspectionCount;
import com.logicheck.domain.assessment.InspectionOccasion;
import com.logicheck.domain.assessment.InspectionRequirement;
import com.logicheck.domain.inspection.InspectionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 检查频次 (seed 000 总则 2): at least one full inspection a month and two spot checks a quarter. An inspection is a
 * day with at least one counted sheet of that kind (one full inspection fills several sheets). A month without its
 * full inspection gets a warning; a quarter short of spot checks gets one in its last month.
 */
final class RequiredInspections {

    private RequiredInspections() {
    }

    static InspectionCount count(InspectionRequirement required, YearMonth month, List<InspectionOccasion> occasions,
                                 List<Problem> warnings) {
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        YearMonth quarterStart = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
        int fullDays = days(occasions, InspectionKind.FULL, monthStart, monthEnd);
        int spotDays = days(occasions, InspectionKind.SPOT_CHECK, quarterStart.atDay(1), monthEnd);
        boolean quarterEnds = month.getMonthValue() % 3 == 0;
        if (fullDays < required.fullPerMonth()) {
            warnings.add(Problem.of("assess.warning.fullInspections", fullDays, required.fullPerMonth()));
        }
        if (quarterEnds && spotDays < required.spotChecksPerQuarter()) {
            warnings.add(Problem.of("assess.warning.spotChecks", spotDays, required.spotChecksPerQuarter()));
        }
        return new InspectionCount(fullDays, required.fullPerMonth(), spotDays, required.spotChecksPerQuarter(),
                quarterEnds);
    }

    private static int days(List<InspectionOccasion> occasions, InspectionKind kind, LocalDate from, LocalDate to) {
        return (int) occasions.stream().filter(o -> o.kind() == kind)
                .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to))
                .map(InspectionOccasion::date).distinct().count();
    }
}
