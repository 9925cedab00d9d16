package com.logicheck.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComplaintRule;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.InspectionRequirement;
import com.logicheck.domain.assessment.MissingTemplatePolicy;
import com.logicheck.domain.assessment.MoneyRule;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SchemeGrade;
import com.logicheck.domain.assessment.SheetSelection;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.domain.assessment.VetoRule;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The data-file form of an assessment scheme version (see src/docs/scheme-format.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemeData(String code, int version, String title, String source, BigDecimal scale, SheetsData sheets,
                         List<ComponentData> components, SurveyRule survey, ComplaintRule complaints,
                         List<VetoData> vetoes, List<GradeData> grades, MoneyData money, BigDecimal passDownPercent,
                         InspectionRequirement requiredInspections, List<FailureConsequence> failures) {

    public record SheetsData(List<InspectionStatus> statuses, List<InspectionKind> kinds,
                             MissingTemplatePolicy missingTemplates) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ComponentData(ComponentKind kind, String title, BigDecimal weight, List<TemplateData> templates) {
    }

    public record TemplateData(String code, BigDecimal percent) {
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record VetoData(VetoType type, BigDecimal minLoss, boolean casualties, BigDecimal rateAbove) {
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record GradeData(String name, BigDecimal min, boolean failing) {
    }

    /** {@code type}: PER_POINT, BOND_PERCENT or NONE; the other fields belong to one of them. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record MoneyData(String type, BigDecimal penaltyBelow, BigDecimal penaltyPerPoint, BigDecimal rewardAbove,
                            BigDecimal rewardPerPoint, BigDecimal failPercent, BigDecimal rewardFrom,
                            BigDecimal rewardPercent, boolean tenderPreference) {
    }

    public AssessmentScheme toScheme() {
        if (code == null || code.isBlank() || version < 1) {
            throw new IllegalArgumentException("code and version ≥ 1 are required");
        }
        SheetsData s = sheets == null ? new SheetsData(null, null, null) : sheets;
        SheetSelection selection = new SheetSelection(
                Set.copyOf(s.statuses() == null ? List.of(InspectionStatus.FINISHED, InspectionStatus.SIGNED) : s.statuses()),
                Set.copyOf(s.kinds() == null ? List.of(InspectionKind.values()) : s.kinds()),
                s.missingTemplates() == null ? MissingTemplatePolicy.RESCALE : s.missingTemplates());
        List<SchemeComponent> parts = nonNull(components).stream().map(c -> new SchemeComponent(c.kind(), c.title(),
                n(c.weight()), nonNull(c.templates()).stream().map(t -> new TemplateWeight(t.code(), n(t.percent())))
                        .toList())).toList();
        SurveyRule surveyRule = survey == null ? null : new SurveyRule(n(survey.maxScore()), survey.dropHighest(),
                survey.dropLowest(), n(survey.dissatisfiedBelow()), survey.staffPanel(), survey.studentPanel());
        return new AssessmentScheme(AssessmentScheme.versionId(code, version), code, version, title,
                source == null ? "" : source, n(scale), selection, parts, surveyRule,
                complaints == null ? null : new ComplaintRule(n(complaints.multiplier())),
                nonNull(vetoes).stream().map(v -> new VetoRule(v.type(), n(v.minLoss()), v.casualties(), n(v.rateAbove())))
                        .toList(),
                nonNull(grades).stream().map(g -> new SchemeGrade(g.name(), n(g.min()), g.failing())).toList(),
                toMoney(), n(passDownPercent),
                requiredInspections == null ? InspectionRequirement.NONE : requiredInspections,
                nonNull(failures));
    }

    private MoneyRule toMoney() {
        if (money == null || money.type() == null || "NONE".equals(money.type())) {
            return new MoneyRule.None();
        }
        return switch (money.type()) {
            case "PER_POINT" -> new MoneyRule.PerPoint(n(money.penaltyBelow()), n(money.penaltyPerPoint()),
                    n(money.rewardAbove()), n(money.rewardPerPoint()));
            case "BOND_PERCENT" -> new MoneyRule.BondPercent(n(money.failPercent()), n(money.rewardFrom()),
                    n(money.rewardPercent()), money.tenderPreference());
            default -> throw new IllegalArgumentException("unknown money type " + money.type());
        };
    }

    public static SchemeData from(AssessmentScheme s) {
        MoneyData money = new MoneyData("NONE", null, null, null, null, null, null, null, false);
        if (s.money() instanceof MoneyRule.PerPoint p) {
            money = new MoneyData("PER_POINT", p.penaltyBelow(), p.penaltyPerPoint(), p.rewardAbove(),
                    p.rewardPerPoint(), null, null, null, false);
        } else if (s.money() instanceof MoneyRule.BondPercent b) {
            money = new MoneyData("BOND_PERCENT", null, null, null, null, b.failPercent(), b.rewardFrom(),
                    b.rewardPercent(), b.tenderPreference());
        }
        return new SchemeData(s.code(), s.version(), s.title(), s.source(), s.scale(),
                new SheetsData(s.sheets().statuses().stream().sorted().toList(),
                        s.sheets().kinds().stream().sorted().toList(), s.sheets().missingTemplates()),
                s.components().stream().map(c -> new ComponentData(c.kind(), c.title(), c.weight(),
                        c.templates().stream().map(t -> new TemplateData(t.templateCode(), t.percent())).toList()))
                        .toList(),
                s.survey(), s.complaints(),
                s.vetoes().stream().map(v -> new VetoData(v.type(), v.minLoss(), v.casualties(), v.rateAbove())).toList(),
                s.grades().stream().map(g -> new GradeData(g.name(), g.min(), g.failing())).toList(),
                money, s.passDownPercent(), s.requiredInspections(), s.failureConsequences());
    }

    /** Scheme numbers keep the two decimals of scores, so a scheme reads back from the database exactly as written. */
    private static BigDecimal n(BigDecimal value) {
        return RuleData.n(value);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
