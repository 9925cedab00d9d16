package com.logicheck.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComplaintRule;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ConsequenceType;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.InspectionRequirement;
import com.logicheck.domain.assessment.MissingTemplatePolicy;
import com.logicheck.domain.assessment.MoneyRule;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SchemeGrade;
import com.logicheck.domain.assessment.SheetSelection;
import com.logicheck.domain.assessment.SurveyCategory;
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
                         List<ComponentData> components, SurveyData survey, ComplaintData complaints,
                         List<VetoData> vetoes, List<GradeData> grades, MoneyData money, BigDecimal passDownPercent,
                         InspectionRequirement requiredInspections, List<FailureData> failures) {

    public record SheetsData(List<InspectionStatus> statuses, List<InspectionKind> kinds,
                             MissingTemplatePolicy missingTemplates) {
    }

    /** A panel component carries {@code panel}; an areas component {@code areas} and {@code areaMean}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ComponentData(ComponentKind kind, String title, BigDecimal weight, List<TemplateData> templates,
                                PanelData panel, Combine areaMean, List<AreaData> areas) {
        public ComponentData(ComponentKind kind, String title, BigDecimal weight, List<TemplateData> templates) {
            this(kind, title, weight, templates, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PanelData(Combine combine, int dropHighest, int dropLowest, List<MemberData> members) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberData(String name, BigDecimal weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AreaData(String name, String place, ServiceLine serviceLine, BigDecimal weight, List<PartData> parts) {
    }

    public record PartData(String name, AreaRule.Source source, BigDecimal percent) {
    }

    /**
     * The survey rule; {@code dissatisfiedBy} and {@code categories} are written only when not the default (a score
     * below {@code dissatisfiedBelow}), so a scheme without them reads, writes and hashes as before.
     */
    public record SurveyData(BigDecimal maxScore, int dropHighest, int dropLowest, BigDecimal dissatisfiedBelow,
                             int staffPanel, int studentPanel,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Dissatisfaction dissatisfiedBy,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CategoryData> categories) {
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record CategoryData(String name, BigDecimal score, boolean dissatisfied) {
    }

    /** {@code from}: the component complaints come off (absent: the month's total). */
    public record ComplaintData(BigDecimal multiplier, @JsonInclude(JsonInclude.Include.NON_NULL) ComponentKind from) {
    }

    /** {@code withinContractYear} is written only when true. */
    public record FailureData(int count, boolean consecutive, ConsequenceType consequence,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean withinContractYear) {
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
        List<SchemeComponent> parts = nonNull(components).stream().map(SchemeData::toComponent).toList();
        SurveyRule surveyRule = survey == null ? null : new SurveyRule(n(survey.maxScore()), survey.dropHighest(),
                survey.dropLowest(), n(survey.dissatisfiedBelow()), survey.staffPanel(), survey.studentPanel(),
                survey.dissatisfiedBy(), nonNull(survey.categories()).stream()
                        .map(c -> new SurveyCategory(c.name(), n(c.score()), c.dissatisfied())).toList());
        return new AssessmentScheme(AssessmentScheme.versionId(code, version), code, version, title,
                source == null ? "" : source, n(scale), selection, parts, surveyRule,
                complaints == null ? null : new ComplaintRule(n(complaints.multiplier()), complaints.from()),
                nonNull(vetoes).stream().map(v -> new VetoRule(v.type(), n(v.minLoss()), v.casualties(), n(v.rateAbove())))
                        .toList(),
                nonNull(grades).stream().map(g -> new SchemeGrade(g.name(), n(g.min()), g.failing())).toList(),
                toMoney(), n(passDownPercent),
                requiredInspections == null ? InspectionRequirement.NONE : requiredInspections,
                nonNull(failures).stream().map(f -> new FailureConsequence(f.count(), f.consecutive(), f.consequence(),
                        f.withinContractYear())).toList());
    }

    private static SchemeComponent toComponent(ComponentData c) {
        PanelData p = c.panel();
        PanelRule panel = p == null ? null : new PanelRule(p.combine(), p.dropHighest(), p.dropLowest(),
                nonNull(p.members()).stream().map(m -> new PanelRule.Member(m.name(), n(m.weight()))).toList());
        List<AreaRule> areas = nonNull(c.areas()).stream().map(a -> new AreaRule(a.name(), a.place(), a.serviceLine(),
                n(a.weight()), nonNull(a.parts()).stream()
                        .map(x -> new AreaRule.Part(x.name(), x.source(), n(x.percent()))).toList())).toList();
        return new SchemeComponent(c.kind(), c.title(), n(c.weight()), nonNull(c.templates()).stream()
                .map(t -> new TemplateWeight(t.code(), n(t.percent()))).toList(), panel, areas, c.areaMean());
    }

    private static ComponentData fromComponent(SchemeComponent c) {
        PanelRule p = c.panel();
        PanelData panel = p == null ? null : new PanelData(p.combine(), p.dropHighest(), p.dropLowest(),
                p.members().stream().map(m -> new MemberData(m.name(), m.weight())).toList());
        List<AreaData> areas = c.areas().stream().map(a -> new AreaData(a.name(), a.place(), a.serviceLine(),
                a.weight(), a.parts().stream().map(x -> new PartData(x.name(), x.source(), x.percent())).toList()))
                .toList();
        return new ComponentData(c.kind(), c.title(), c.weight(),
                c.templates().stream().map(t -> new TemplateData(t.templateCode(), t.percent())).toList(), panel,
                c.areaMean(), areas);
    }

    private static SurveyData fromSurvey(SurveyRule r) {
        if (r == null) {
            return null;
        }
        boolean plain = r.dissatisfiedBy() == Dissatisfaction.SCORE_BELOW;
        return new SurveyData(r.maxScore(), r.dropHighest(), r.dropLowest(), r.dissatisfiedBelow(), r.staffPanel(),
                r.studentPanel(), plain ? null : r.dissatisfiedBy(),
                r.categories().stream().map(c -> new CategoryData(c.name(), c.score(), c.dissatisfied())).toList());
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
                s.components().stream().map(SchemeData::fromComponent).toList(),
                fromSurvey(s.survey()),
                s.complaints() == null ? null : new ComplaintData(s.complaints().multiplier(), s.complaints().from()),
                s.vetoes().stream().map(v -> new VetoData(v.type(), v.minLoss(), v.casualties(), v.rateAbove())).toList(),
                s.grades().stream().map(g -> new GradeData(g.name(), g.min(), g.failing())).toList(),
                money, s.passDownPercent(), s.requiredInspections(), s.failureConsequences().stream()
                        .map(f -> new FailureData(f.count(), f.consecutive(), f.consequence(), f.withinContractYear()))
                        .toList());
    }

    /** Scheme numbers keep the two decimals of scores, so a scheme reads back from the database exactly as written. */
    private static BigDecimal n(BigDecimal value) {
        return RuleData.n(value);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
