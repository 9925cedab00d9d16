package com.logicheck.scoring.assessment;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.AppealStatus;
import com.logicheck.domain.assessment.AssessmentInput;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Complaint;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.domain.assessment.InspectionOccasion;
import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.PastMonth;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.ThirdPartyScore;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Inputs for assessment tests. Sheets are on "flat" templates — one item of 100 points deducting 0.01 per
 * occurrence — so a test can ask for any sheet score and compute the rest by hand.
 */
final class Fixtures {
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final String[] HOSPITAL_CODES = {"hospital-management", "hospital-maintenance", "hospital-security-fire",
        "hospital-environment", "hospital-customer-service"};
    private static final ServiceLine[] HOSPITAL_LINES = {ServiceLine.MANAGEMENT, ServiceLine.MAINTENANCE,
        ServiceLine.SECURITY, ServiceLine.ENVIRONMENT, ServiceLine.CUSTOMER_SERVICE};
    private static final List<AssessmentScheme> BUILT_IN = new BuiltInSchemes(new SchemeFiles()).load();

    private Fixtures() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static AssessmentScheme hospital() {
        return BUILT_IN.stream().filter(s -> s.code().equals("hospital-1000")).findFirst().orElseThrow();
    }

    static AssessmentScheme college() {
        return BUILT_IN.stream().filter(s -> s.code().equals("college-60-40")).findFirst().orElseThrow();
    }

    static MonthlyAssessment assess(AssessmentInput input) {
        return new MonthlyAssessmentCalculator(new SheetScorer()).assess(input);
    }

    /** One section, one item of 100 points: each occurrence deducts 0.01, so any score 0.01…100 can be asked for. */
    static ChecklistTemplate flat(String code, ServiceLine line) {
        TemplateItem item = new TemplateItem(ChecklistTemplate.itemId(code, 1, "1"), "1", "综合", "", "每处扣0.01分",
                d("100"), false, "", List.of(new DeductionRule.PerOccurrence("每处", d("0.01"))));
        return new ChecklistTemplate(ChecklistTemplate.versionId(code, 1), code, 1, code, line, "", d("100"),
                NaPolicy.RESCALE, GradeBands.DEFAULT, List.of(new TemplateSection("综合", d("100"), List.of(item))));
    }

    static ChecklistTemplate hospitalTemplate(int index) {
        return flat(HOSPITAL_CODES[index], HOSPITAL_LINES[index]);
    }

    static List<ChecklistTemplate> hospitalTemplates() {
        List<ChecklistTemplate> list = new ArrayList<>();
        for (int i = 0; i < HOSPITAL_CODES.length; i++) {
            list.add(hospitalTemplate(i));
        }
        return list;
    }

    static ChecklistTemplate collegeTemplate() {
        return flat("college-property", ServiceLine.PROPERTY);
    }

    static SheetInput sheet(ChecklistTemplate t, String score) {
        return sheet(t, score, InspectionKind.FULL, NOVEMBER.atDay(10));
    }

    static SheetInput sheet(ChecklistTemplate t, String score, InspectionKind kind, LocalDate date) {
        TemplateItem item = t.items().findFirst().orElseThrow();
        BigDecimal deduction = d("100").subtract(d(score));
        ItemResult result = deduction.signum() == 0 ? ItemResult.pass(item.id())
                : ItemResult.deduct(item.id(), List.of(deduction.divide(d("0.01")).stripTrailingZeros()));
        return new SheetInput(UUID.randomUUID(), t, kind, InspectionStatus.SIGNED, date, "东院区", "张伟",
                Map.of(item.id(), result), d(score), List.of(), List.of());
    }

    static SheetInput withStatus(SheetInput s, InspectionStatus status) {
        return new SheetInput(s.inspectionId(), s.template(), s.kind(), status, s.date(), s.place(), s.inspector(),
                s.results(), s.recordedScore(), s.exemptions(), s.appeals());
    }

    static SheetInput withReliefs(SheetInput s, List<Exemption> exemptions, List<Appeal> appeals) {
        return new SheetInput(s.inspectionId(), s.template(), s.kind(), s.status(), s.date(), s.place(), s.inspector(),
                s.results(), s.recordedScore(), exemptions, appeals);
    }

    static Exemption exemption(SheetInput s, UUID itemId, ExemptionStatus status) {
        return new Exemption(UUID.randomUUID(), s.inspectionId(), itemId, ExemptionReason.THIRD_PARTY,
                "市政停水导致卫生间无法冲洗", "张伟", OffsetDateTime.parse("2026-11-12T09:00:00+08:00"), status,
                status == ExemptionStatus.PENDING ? null : "刘洋", null, "");
    }

    static Appeal appeal(SheetInput s, UUID itemId, AppealStatus status) {
        return new Appeal(UUID.randomUUID(), s.inspectionId(), itemId, "记录当天已补交", "华安后勤项目经理",
                OffsetDateTime.parse("2026-11-13T09:00:00+08:00"), status, status == AppealStatus.OPEN ? null : "刘洋",
                null, status == AppealStatus.OPEN ? null : "核实属实");
    }

    /** {@code scores} respondents; the first {@code staff} are staff, the rest students. */
    static List<SurveyResponse> survey(int staff, String... scores) {
        List<SurveyResponse> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new SurveyResponse(UUID.randomUUID(), i < staff ? RespondentKind.STAFF : RespondentKind.STUDENT,
                    "", d(scores[i])));
        }
        return list;
    }

    /** A panel of 10 staff and 20 students: one {@code high}, one {@code low} and 28 times {@code usual}. */
    static List<SurveyResponse> panel(String high, String low, String usual) {
        String[] scores = new String[30];
        Arrays.fill(scores, usual);
        scores[0] = high;
        scores[1] = low;
        return survey(10, scores);
    }

    static VetoEvent veto(VetoType type, String loss, int casualties) {
        return new VetoEvent(UUID.randomUUID(), type, NOVEMBER.atDay(20), "事故报告 2026-11-20",
                loss == null ? null : d(loss), casualties);
    }

    static Complaint complaint(String basis, boolean substantiated) {
        return new Complaint(UUID.randomUUID(), NOVEMBER.atDay(5), "college-property", "1.1", "教学楼、办公楼公共区域保洁",
                d(basis), substantiated, "走廊垃圾未清");
    }

    /** A mutable builder with sensible defaults: November 2026, a 200,000 元 bond, every service line in contract. */
    static final class Input {
        AssessmentScheme scheme;
        List<ChecklistTemplate> templates = new ArrayList<>();
        Set<ServiceLine> lines = Set.of();
        BigDecimal bond = d("200000.00");
        List<SheetInput> sheets = new ArrayList<>();
        List<SurveyResponse> survey = new ArrayList<>();
        ThirdPartyScore thirdParty;
        List<Complaint> complaints = new ArrayList<>();
        List<VetoEvent> vetoes = new ArrayList<>();
        List<InspectionOccasion> occasions = new ArrayList<>();
        List<PastMonth> history = new ArrayList<>();
        YearMonth month = NOVEMBER;
        LocalDate contractStart;
        MonthScores scores = MonthScores.NONE;

        Input(AssessmentScheme scheme, List<ChecklistTemplate> templates) {
            this.scheme = scheme;
            this.templates.addAll(templates);
        }

        static Input hospital() {
            return new Input(Fixtures.hospital(), hospitalTemplates());
        }

        static Input college() {
            return new Input(Fixtures.college(), List.of(collegeTemplate()));
        }

        /** College month with one sheet of {@code inspection} and a 30-person panel whose trimmed mean is {@code survey}. */
        static Input college(String inspection, String survey) {
            Input in = college();
            in.sheets.add(sheet(collegeTemplate(), inspection));
            in.survey.addAll(panel("100", "0", survey));
            return in;
        }

        /** Hospital month: one sheet per template, with the given scores in the order of HOSPITAL_CODES. */
        static Input hospital(String... scores) {
            Input in = hospital();
            for (int i = 0; i < scores.length; i++) {
                in.sheets.add(sheet(hospitalTemplate(i), scores[i]));
            }
            return in;
        }

        Input failedBefore(String... months) {
            for (String m : months) {
                history.add(new PastMonth(YearMonth.parse(m), true));
            }
            return this;
        }

        Input passedBefore(String... months) {
            for (String m : months) {
                history.add(new PastMonth(YearMonth.parse(m), false));
            }
            return this;
        }

        AssessmentInput build() {
            return new AssessmentInput(UUID.nameUUIDFromBytes("provider".getBytes()), "华安后勤服务集团有限公司", month,
                    scheme, templates, lines, bond, sheets, survey, thirdParty, complaints, vetoes, occasions, history,
                    contractStart, scores);
        }

        MonthlyAssessment assess() {
            return Fixtures.assess(build());
        }
    }
}
