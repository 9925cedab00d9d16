package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.AppealStatus;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 不予扣分 (seed 000 第九条) and 申辩: an approved exemption or an overturned appeal gives the deduction's points back
 * by scoring the sheet again with the item answered 合格; the signed score and the exemption stay visible. The sheet
 * here is the hospital's 基础管理 (the only service line in the contract, so the month's total is the sheet × 10):
 * 执行力 (subtotal 10: items A and B, 10 points each, 1 per fault) and 其他 (subtotal 90: item C).
 */
class ExemptionAndAppealTest {
    private static final ChecklistTemplate SHEET = template();
    private static final TemplateItem A = SHEET.sections().get(0).items().get(0);
    private static final TemplateItem B = SHEET.sections().get(0).items().get(1);
    private static final TemplateItem C = SHEET.sections().get(1).items().get(0);

    private static ChecklistTemplate template() {
        String code = "hospital-management";
        DeductionRule perFault = new DeductionRule.PerOccurrence("每缺一项", d("1"));
        TemplateItem a = new TemplateItem(ChecklistTemplate.itemId(code, 1, "1"), "1", "每天工作记录", "", "每缺一项扣1分",
                d("10"), false, "", List.of(perFault));
        TemplateItem b = new TemplateItem(ChecklistTemplate.itemId(code, 1, "2"), "2", "职工考勤表", "", "每缺一项扣1分",
                d("10"), false, "", List.of(perFault));
        TemplateItem c = new TemplateItem(ChecklistTemplate.itemId(code, 1, "3"), "3", "其他", "", "每缺一项扣1分",
                d("90"), false, "", List.of(perFault));
        return new ChecklistTemplate(ChecklistTemplate.versionId(code, 1), code, 1, "后勤公司基础管理考核表",
                ServiceLine.MANAGEMENT, "", d("100"), NaPolicy.RESCALE, GradeBands.DEFAULT, List.of(
                new TemplateSection("执行力", d("10"), List.of(a, b)), new TemplateSection("其他", d("90"), List.of(c))));
    }

    private static SheetInput sheet(int faultsA, int faultsB, String recorded) {
        Map<UUID, ItemResult> results = Map.of(
                A.id(), ItemResult.deduct(A.id(), List.of(d(String.valueOf(faultsA)))).withNote("缺3天记录"),
                B.id(), ItemResult.deduct(B.id(), List.of(d(String.valueOf(faultsB)))).withNote("考勤表缺页"),
                C.id(), ItemResult.pass(C.id()));
        return new SheetInput(UUID.randomUUID(), SHEET, InspectionKind.FULL, InspectionStatus.SIGNED,
                Fixtures.NOVEMBER.atDay(10), "东院区", "张伟", results, d(recorded), List.of(), List.of());
    }

    private static MonthlyAssessment assess(SheetInput sheet) {
        Input in = Input.hospital();
        in.lines = Set.of(ServiceLine.MANAGEMENT);
        in.sheets.add(sheet);
        return in.assess();
    }

    private static SheetResult only(MonthlyAssessment m) {
        return m.components().get(0).templates().get(0).sheets().get(0);
    }

    @ParameterizedTest(name = "exemption {0} → sheet {1}, restored {2}, month {3}")
    @CsvSource({
        // A 2 + B 3 = 5 → 95 → 950 (no money); B exempted → 98 → 980 → (980 − 950) × 50 = 1500 元
        "APPROVED, 98.00, 3.00, 980.00",
        "PENDING,  95.00, 0.00, 950.00",
        "REJECTED, 95.00, 0.00, 950.00"})
    void anApprovedExemptionRestoresThePointsAndStaysVisible(ExemptionStatus status, String score, String restored,
                                                             String total) {
        SheetInput plain = sheet(2, 3, "95.00");
        SheetInput s = Fixtures.withReliefs(plain, List.of(Fixtures.exemption(plain, B.id(), status)), List.of());
        MonthlyAssessment m = assess(s);
        SheetResult r = only(m);
        assertThat(r.recordedScore()).isEqualByComparingTo("95.00");   // the signed sheet is unchanged
        assertThat(r.score()).isEqualByComparingTo(score);
        assertThat(r.restored()).isEqualByComparingTo(restored);
        assertThat(m.total()).isEqualByComparingTo(total);
        DeductionLine lineB = r.deductions().get(1);
        assertThat(lineB.itemCode()).isEqualTo("2");
        assertThat(lineB.deduction()).isEqualByComparingTo("3");
        assertThat(lineB.relieved()).isEqualTo(status == ExemptionStatus.APPROVED);
        assertThat(lineB.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.text()).isEqualTo("市政停水导致卫生间无法冲洗");
        });
        assertThat(m.deductions()).isEqualTo(status == ExemptionStatus.APPROVED ? 1 : 2);
        if (status == ExemptionStatus.APPROVED) {
            assertThat(m.money().direction()).isEqualTo(Direction.REWARD);
            assertThat(m.money().amount()).isEqualByComparingTo("1500.00");
            assertThat(m.money().passedDown()).isEqualByComparingTo("900.00");
        }
        assertThat(m.warnings()).extracting(Problem::key).contains("assess.warning.fullInspections");
        if (status == ExemptionStatus.PENDING) {
            assertThat(m.warnings()).extracting(Problem::key).contains("assess.warning.pending");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExemptionReason.class)
    void everyGroundOfSeed000ArticleNineRestoresThePoints(ExemptionReason reason) {
        // 院方原因, 第三方, 不可抗力 (第九条): each approved, B's 3 points come back: 95 → 98
        SheetInput plain = sheet(2, 3, "95.00");
        var approved = Fixtures.exemption(plain, B.id(), ExemptionStatus.APPROVED);
        var e = new Exemption(approved.id(), approved.inspectionId(), approved.itemId(),
                reason, approved.text(), approved.requestedBy(), approved.requestedAt(), approved.status(),
                approved.decidedBy(), approved.decidedAt(), approved.decisionNote());
        SheetResult r = only(assess(Fixtures.withReliefs(plain, List.of(e), List.of())));
        assertThat(r.score()).isEqualByComparingTo("98.00");
        assertThat(r.deductions().get(1).exemptions().get(0).reason()).isEqualTo(reason);
    }

    @Test
    void underAHeadingCapOnlyWhatTheCapHadNotAbsorbedComesBack() {
        // A 6 + B 6 = 12, capped at 执行力's 10 → 90. Exempting A leaves B's 6 → 94: 4 points back, not 6.
        SheetInput plain = sheet(6, 6, "90.00");
        SheetInput s = Fixtures.withReliefs(plain, List.of(Fixtures.exemption(plain, A.id(), ExemptionStatus.APPROVED)),
                List.of());
        SheetResult r = only(assess(s));
        assertThat(r.score()).isEqualByComparingTo("94.00");
        assertThat(r.restored()).isEqualByComparingTo("4.00");
    }

    @ParameterizedTest(name = "appeal {0} → sheet {1}")
    @CsvSource({"OVERTURNED, 97.00", "UPHELD, 95.00", "OPEN, 95.00"})
    void anOverturnedAppealRestoresThePointsAnUpheldOneDoesNot(AppealStatus status, String score) {
        SheetInput plain = sheet(2, 3, "95.00");
        SheetInput s = Fixtures.withReliefs(plain, List.of(), List.of(Fixtures.appeal(plain, A.id(), status)));
        SheetResult r = only(assess(s));
        assertThat(r.score()).isEqualByComparingTo(score);
        assertThat(r.deductions().get(0).appeals()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(status));
    }
}
