package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.NOVEMBER;
import static com.logicheck.scoring.assessment.Fixtures.hospitalTemplate;
import static com.logicheck.scoring.assessment.Fixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateStatus;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 千分考核制 (seed 000, DOMAIN.md "Hospital"): five 100-point sheets, each template's month averaged and worth 200
 * points; below 850 → (850 − total) × 50 元 penalty; 850…950 → none; above 950 → (total − 950) × 50 元 reward; 60%
 * of either passed down to the working department. Every expected number is computed by hand in the case.
 */
class HospitalSchemeTest {

    @ParameterizedTest(name = "{0}: sheets {1} → total {2}, {3} {4} 元, {5} 元 passed down")
    @CsvSource(delimiter = '|', textBlock = """
        # case                      | five sheet scores (one per template)  | total   | money   | amount  | passed down
        # 83.70 × 2 × 5 = 837.00; (850 − 837) × 50 = 650; 650 × 60% = 390
        penalty below 850           | 83.70,83.70,83.70,83.70,83.70         | 837.00  | PENALTY | 650.00  | 390.00
        # 96.20 × 2 × 5 = 962.00; (962 − 950) × 50 = 600; 600 × 60% = 360
        reward above 950            | 96.20,96.20,96.20,96.20,96.20         | 962.00  | REWARD  | 600.00  | 360.00
        # exactly 850: 850–950 includes both ends
        lower boundary 850          | 85.00,85.00,85.00,85.00,85.00         | 850.00  | NONE    | 0.00    | 0.00
        upper boundary 950          | 95.00,95.00,95.00,95.00,95.00         | 950.00  | NONE    | 0.00    | 0.00
        # 84.95 × 10 = 849.50; 0.5 × 50 = 25; 25 × 60% = 15
        half a point below 850      | 84.95,84.95,84.95,84.95,84.95         | 849.50  | PENALTY | 25.00   | 15.00
        # 4 × 190 + 190.02 = 950.02; 0.02 × 50 = 1; 1 × 60% = 0.60
        just above 950              | 95.00,95.00,95.00,95.00,95.01         | 950.02  | REWARD  | 1.00    | 0.60
        # 70 × 10 = 700; 150 × 50 = 7500; 7500 × 60% = 4500
        far below                   | 70.00,70.00,70.00,70.00,70.00         | 700.00  | PENALTY | 7500.00 | 4500.00
        # all full marks: 1000; 50 × 50 = 2500; 1500 passed down
        full marks                  | 100,100,100,100,100                   | 1000.00 | REWARD  | 2500.00 | 1500.00
        # 2 × (90 + 80 + 70 + 60 + 50) = 700.00 from unequal sheets
        unequal sheets              | 90,80,70,60,50                        | 700.00  | PENALTY | 7500.00 | 4500.00
        """)
    void moneyFollowsThe850And950Thresholds(String name, String scores, String total, Direction direction,
                                            String amount, String passedDown) {
        MonthlyAssessment m = Input.hospital(scores.split(",")).assess();
        assertThat(m.complete()).isTrue();
        assertThat(m.total()).isEqualByComparingTo(total);
        assertThat(m.money().direction()).isEqualTo(direction);
        assertThat(m.money().amount()).isEqualByComparingTo(amount);
        assertThat(m.money().passDownPercent()).isEqualByComparingTo("60");
        assertThat(m.money().passedDown()).isEqualByComparingTo(passedDown);
        assertThat(m.failures().triggered()).isEmpty();
    }

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({"90.00, 优秀", "89.99, 良好", "80.00, 良好", "79.99, 中等", "70.00, 中等", "69.99, 不及格"})
    void gradesAreSeed000BandsTimesTen(String sheetScore, String grade) {
        String s = sheetScore;
        MonthlyAssessment m = Input.hospital(s, s, s, s, s).assess();
        assertThat(m.grade()).isEqualTo(grade);
        assertThat(m.failed()).isEqualTo(grade.equals("不及格"));
    }

    @Test
    void eachTemplateIsTheMeanOfItsSheetsWorth200Points() {
        Input in = Input.hospital();
        in.sheets.add(sheet(hospitalTemplate(0), "90.00"));
        in.sheets.add(sheet(hospitalTemplate(0), "85.50"));   // mean 87.75 → 87.75 × 200 ÷ 100 = 175.50
        in.sheets.add(sheet(hospitalTemplate(1), "92.00"));   // 184.00
        in.sheets.add(sheet(hospitalTemplate(2), "88.00"));   // 176.00
        in.sheets.add(sheet(hospitalTemplate(3), "80.00"));
        in.sheets.add(sheet(hospitalTemplate(3), "81.00"));
        in.sheets.add(sheet(hospitalTemplate(3), "83.00"));   // 244 ÷ 3 = 81.333… → 81.33 → 162.66
        in.sheets.add(sheet(hospitalTemplate(4), "95.00"));   // 190.00
        MonthlyAssessment m = in.assess();

        ComponentResult inspection = m.components().get(0);
        assertThat(inspection.templates()).extracting(ComponentResult.TemplateResult::mean)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(Fixtures.d("87.75"), Fixtures.d("92"), Fixtures.d("88"), Fixtures.d("81.33"), Fixtures.d("95"));
        assertThat(inspection.templates()).extracting(ComponentResult.TemplateResult::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(Fixtures.d("175.50"), Fixtures.d("184"), Fixtures.d("176"), Fixtures.d("162.66"),
                        Fixtures.d("190"));
        // 175.50 + 184 + 176 + 162.66 + 190 = 888.16: 良好, no money
        assertThat(m.total()).isEqualByComparingTo("888.16");
        assertThat(inspection.score()).isEqualByComparingTo("88.82");   // 888.16 × 100 ÷ 1000 = 88.816
        assertThat(m.grade()).isEqualTo("良好");
        assertThat(m.money().direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void aTemplateNobodyInspectedGivesItsShareToTheOthersWithAWarning() {
        // four templates inspected: each now 20 ÷ 80 × 1000 = 250 points
        MonthlyAssessment m = Input.hospital("90", "80", "70", "100").assess();
        // 90 × 2.5 + 80 × 2.5 + 70 × 2.5 + 100 × 2.5 = 225 + 200 + 175 + 250 = 850.00
        assertThat(m.total()).isEqualByComparingTo("850.00");
        assertThat(m.components().get(0).countedPercent()).isEqualByComparingTo("80");
        assertThat(m.components().get(0).templates().get(4).status()).isEqualTo(TemplateStatus.MISSING);
        assertThat(m.warnings()).extracting(Problem::key).contains("assess.warning.templateRescaled");
    }

    @Test
    void aThirdOfTheWeightRoundsOncePerTemplate() {
        // three of five: each 20 ÷ 60 × 1000 = 333.33… points
        // 90 × 20 × 1000 ÷ 6000 = 300.00; 85 → 283.333… → 283.33; 77.77 → 259.2333… → 259.23
        MonthlyAssessment m = Input.hospital("90", "85", "77.77").assess();
        assertThat(m.components().get(0).templates()).extracting(ComponentResult.TemplateResult::points)
                .filteredOn(Objects::nonNull).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(Fixtures.d("300.00"), Fixtures.d("283.33"), Fixtures.d("259.23"));
        // 842.56 → (850 − 842.56) × 50 = 372.00; × 60% = 223.20
        assertThat(m.total()).isEqualByComparingTo("842.56");
        assertThat(m.money().amount()).isEqualByComparingTo("372.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("223.20");
    }

    @Test
    void templatesOutsideTheContractDoNotCountAndDoNotWarn() {
        Input in = Input.hospital("100", "100", "100", "83.70", "100");
        in.lines = Set.of(ServiceLine.ENVIRONMENT);   // a cleaning company: only 绿化保洁 counts, worth all 1000
        MonthlyAssessment m = in.assess();
        assertThat(m.total()).isEqualByComparingTo("837.00");
        assertThat(m.money().amount()).isEqualByComparingTo("650.00");
        assertThat(m.components().get(0).templates()).extracting(ComponentResult.TemplateResult::status)
                .containsExactly(TemplateStatus.NOT_IN_CONTRACT, TemplateStatus.NOT_IN_CONTRACT,
                        TemplateStatus.NOT_IN_CONTRACT, TemplateStatus.COUNTED, TemplateStatus.NOT_IN_CONTRACT);
        assertThat(m.warnings()).extracting(Problem::key).doesNotContain("assess.warning.templateRescaled");
    }

    @Test
    void onlyFinishedOrSignedFullAndSpotCheckSheetsCount() {
        Input in = Input.hospital("83.70", "83.70", "83.70", "83.70", "83.70");
        in.sheets.add(sheet(hospitalTemplate(0), "0", InspectionKind.PATROL, NOVEMBER.atDay(3)));
        in.sheets.add(Fixtures.withStatus(sheet(hospitalTemplate(1), "0"), InspectionStatus.DRAFT));
        in.sheets.add(Fixtures.withStatus(sheet(hospitalTemplate(2), "0"), InspectionStatus.SUPERSEDED));
        in.sheets.add(Fixtures.withStatus(sheet(hospitalTemplate(3), "83.70", InspectionKind.SPOT_CHECK,
                NOVEMBER.atDay(4)), InspectionStatus.FINISHED));
        MonthlyAssessment m = in.assess();
        assertThat(m.total()).isEqualByComparingTo("837.00");
        assertThat(m.components().get(0).templates().get(3).sheets()).hasSize(2);
    }

    @Test
    void noCountedSheetMeansNoTotalAndNoMoney() {
        MonthlyAssessment m = Input.hospital().assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).extracting(Problem::key).containsExactly("assess.missing.sheets");
        assertThat(m.total()).isNull();
        assertThat(m.grade()).isNull();
        assertThat(m.money().direction()).isEqualTo(Direction.NONE);
    }
}
