package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.TemplateResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateStatus;
import com.logicheck.domain.assessment.MoneyResult;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.pdf.MonthlyReport.Bar;
import com.logicheck.pdf.MonthlyReport.Omission;
import com.logicheck.pdf.MonthlyReport.Point;
import com.logicheck.pdf.MonthlyReport.Section;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TemplateRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers the 月服务质量报告 of a month: every provider (or one of them) — those without a result that month named
 * with the reason, those assessed under a scheme each with its
 * assessment summary, its score per service line (the mean of the month's sheets of that line's templates), its
 * monthly totals over the last 12 months, and the items deducted most often this month.
 */
public final class MonthlyReports {
    static final int TREND_MONTHS = 12;
    static final int TOP = 10;
    private final AssessmentService assessments;
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final Messages m;
    private final AssessmentText text;
    private final InspectionPlanService plans;
    private final RouteService routes;

    public MonthlyReports(AssessmentService assessments, ReferenceRepository reference, TemplateRepository templates,
                          Messages messages) {
        this(assessments, reference, templates, messages, null);
    }

    /** With {@code plans}, each provider's summary also says how its 层级检查 went (information only, ADR 0025). */
    public MonthlyReports(AssessmentService assessments, ReferenceRepository reference, TemplateRepository templates,
                          Messages messages, InspectionPlanService plans) {
        this(assessments, reference, templates, messages, plans, null);
    }

    /** {@code routes} adds the provider's 巡检路线 line (points due, on time, late, missed, 有效巡检率). */
    public MonthlyReports(AssessmentService assessments, ReferenceRepository reference, TemplateRepository templates,
                          Messages messages, InspectionPlanService plans, RouteService routes) {
        this.plans = plans;
        this.routes = routes;
        this.assessments = assessments;
        this.reference = reference;
        this.templates = templates;
        this.m = messages;
        this.text = new AssessmentText(messages);
    }

    /** The month's report; refused when no provider has an assessment that month. */
    public MonthlyReport build(YearMonth month, Optional<UUID> providerId, LocalDate issued) {
        Map<String, ServiceLine> lines = templates.latest().stream().collect(Collectors.toMap(
                TemplateRepository.TemplateSummary::code, TemplateRepository.TemplateSummary::serviceLine, (a, b) -> a));
        List<Section> sections = new ArrayList<>();
        List<Omission> omitted = new ArrayList<>();
        for (Provider p : reference.providers()) {
            if (providerId.isPresent() && !providerId.get().equals(p.id())) {
                continue;
            }
            try {
                sections.add(section(assessments.assess(p.id(), month), lines));
            } catch (DomainException e) {
                // no contract or no scheme that month: named in the report with the reason, never silently left out
                omitted.add(new Omission(p.name(), m.problems(e)));
            }
        }
        if (sections.isEmpty()) {
            throw new DomainException(omitted.isEmpty() ? Problem.of("problem.report.empty", month.toString())
                    : Problem.of("problem.report.emptyBecause", month.toString(), omitted.stream()
                    .map(o -> o.reason()).collect(Collectors.joining(" "))));
        }
        String org = reference.organisation().map(ReferenceRepository.Organisation::name).orElse("");
        return new MonthlyReport(org, month, issued, sections, omitted);
    }

    private Optional<AssessmentService.MonthResult> result(UUID providerId, YearMonth month) {
        try {
            return Optional.of(assessments.assess(providerId, month));
        } catch (DomainException e) {
            return Optional.empty(); // no contract or no scheme that month: a gap in the trend
        }
    }

    private Section section(AssessmentService.MonthResult r, Map<String, ServiceLine> lines) {
        MonthlyAssessment a = r.assessment();
        List<String> summary = new ArrayList<>();
        if (r.closed().isEmpty()) {
            summary.add(m.get("report.provisional", a.month().toString()));
        }
        summary.add(m.get("assess.text.scheme", a.scheme().title(), a.scheme().code(), a.scheme().version(),
                a.scale().stripTrailingZeros().toPlainString()));
        summary.addAll(text.totalLines(a));
        summary.addAll(text.vetoLines(a.veto()));
        summary.addAll(text.moneyLines(a.money()));
        summary.addAll(text.failureLines(a));
        summary.addAll(text.inspectionLines(a.inspections()));
        if (a.deductions() > 0) {
            summary.add(m.get("assess.text.notices", a.deductions()));
        }
        a.missing().forEach(p -> summary.add(m.get("assess.text.missing", m.problem(p))));
        a.warnings().forEach(p -> summary.add(m.get("assess.text.warning", m.problem(p))));
        if (plans != null) {
            PlanComplianceText.line(plans.compliance(a.providerId(), a.month()), m).ifPresent(summary::add);
        }
        if (routes != null) {
            RouteComplianceText.line(routes.month(a.providerId(), a.month()), m).ifPresent(summary::add);
        }
        String total = a.total() == null ? "—" : a.total().setScale(2, RoundingMode.HALF_UP).toPlainString();
        String grade = a.grade() == null ? m.get("report.noGrade") : a.grade();
        return new Section(a.providerName(), total, grade, a.failed(), summary, serviceLines(a, lines), a.scale(),
                trend(a.providerId(), a.month(), a.total()), topDeductions(a, lines), reliefs(a), money(a.money()),
                r.closed().isEmpty());
    }

    /** The month's money in a few words for the 公示 page: 扣款 / 奖励 so many 元, or 无. Never −0.00. */
    private String money(MoneyResult money) {
        if (money == null || money.amount() == null || money.amount().signum() == 0
                || money.direction() == MoneyResult.Direction.NONE) {
            return m.get("report.money.none");
        }
        String amount = money.amount().abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return m.get(money.direction() == MoneyResult.Direction.PENALTY ? "report.money.penalty" : "report.money.reward",
                amount);
    }

    /**
     * Every deduction of the month with an exemption or an appeal: the sheet and item, whether its points came back,
     * and each request with its reason and decision — an approved exemption is shown with its reason (seed 000 第九条).
     */
    private List<String> reliefs(MonthlyAssessment a) {
        List<String> out = new ArrayList<>();
        for (ComponentResult c : a.components()) {
            for (TemplateResult t : c.templates()) {
                t.sheets().forEach(s -> {
                    for (DeductionLine d : s.deductions()) {
                        if (d.exemptions().isEmpty() && d.appeals().isEmpty()) {
                            continue;
                        }
                        out.add(m.get(d.relieved() ? "report.relief.restored" : "report.relief.kept", s.date().toString(),
                                t.title(), s.place(), d.itemCode(), d.content(),
                                d.deduction().setScale(2, RoundingMode.HALF_UP).toPlainString()));
                        d.exemptions().forEach(e -> out.add("    " + m.get("assess.text.exemption", m.label(e.reason()),
                                e.text(), e.requestedBy(), m.label(e.status()), nz(e.decidedBy()), nz(e.decisionNote()))));
                        d.appeals().forEach(ap -> out.add("    " + m.get("assess.text.appeal", ap.statement(),
                                ap.raisedBy(), m.label(ap.status()), nz(ap.decidedBy()), nz(ap.decisionReason()))));
                    }
                });
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The mean of the counted templates' means per service line, in the scheme's order. */
    private List<Bar> serviceLines(MonthlyAssessment a, Map<String, ServiceLine> lines) {
        Map<ServiceLine, List<BigDecimal>> means = new LinkedHashMap<>();
        for (ComponentResult c : a.components()) {
            for (TemplateResult t : c.templates()) {
                if (t.status() == TemplateStatus.COUNTED && t.mean() != null) {
                    means.computeIfAbsent(lines.getOrDefault(t.templateCode(), ServiceLine.PROPERTY),
                            k -> new ArrayList<>()).add(t.mean());
                }
            }
        }
        return means.entrySet().stream().map(e -> new Bar(m.label(e.getKey()),
                e.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(e.getValue().size()), 2, RoundingMode.HALF_UP))).toList();
    }

    /**
     * The last 12 months' totals: a closed month's as it was frozen (one read for all of them, nothing recomputed), an
     * open month's computed now.
     */
    private List<Point> trend(UUID providerId, YearMonth month, BigDecimal current) {
        List<Point> out = new ArrayList<>();
        Map<YearMonth, Optional<BigDecimal>> frozen = assessments.closedTotals(providerId,
                month.minusMonths(TREND_MONTHS - 1), month.minusMonths(1));
        for (int i = TREND_MONTHS - 1; i > 0; i--) {
            YearMonth ym = month.minusMonths(i);
            BigDecimal total = frozen.containsKey(ym) ? frozen.get(ym).orElse(null)
                    : result(providerId, ym).map(r -> r.assessment().total()).orElse(null);
            out.add(new Point(ym, total));
        }
        out.add(new Point(month, current));
        return out;
    }

    /**
     * Items by how many sheets deducted them this month (relieved deductions left out), then by points; labelled with
     * their service line, since item codes repeat across templates.
     */
    private List<Bar> topDeductions(MonthlyAssessment a, Map<String, ServiceLine> lines) {
        record Key(String line, String code, String content) {
        }
        Map<Key, int[]> counts = new LinkedHashMap<>();
        Map<Key, BigDecimal> points = new LinkedHashMap<>();
        for (ComponentResult c : a.components()) {
            for (TemplateResult t : c.templates()) {
                ServiceLine line = lines.getOrDefault(t.templateCode(), ServiceLine.PROPERTY);
                t.sheets().forEach(s -> {
                    for (DeductionLine d : s.deductions()) {
                        if (!d.relieved()) {
                            Key k = new Key(m.label(line), d.itemCode(), d.content());
                            counts.computeIfAbsent(k, x -> new int[1])[0]++;
                            points.merge(k, d.deduction(), BigDecimal::add);
                        }
                    }
                });
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Key, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparing(e -> points.get(e.getKey()), Comparator.reverseOrder()))
                .limit(TOP)
                .map(e -> new Bar(m.get("report.item", e.getKey().line(), e.getKey().code(), e.getKey().content()),
                        BigDecimal.valueOf(e.getValue()[0])))
                .toList();
    }
}
