package com.logicheck.ui.assessment;

import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.ComplaintResult;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateResult;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentService.ExcludedSheet;
import com.logicheck.service.AssessmentText;
import com.logicheck.ui.assessment.AssessmentLine.Kind;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the explanation tree of a 月度考核: components → templates → sheets → deducted items (with exemptions and
 * appeals), the survey and third-party detail, complaints, and the total. Every number is the calculator's own
 * (ADR 0008), so the rows add up to what the summary shows.
 */
final class AssessmentLines {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Messages m;
    private final AssessmentText status;

    AssessmentLines(Messages messages) {
        this.m = messages;
        this.status = new AssessmentText(messages);
    }

    List<AssessmentLine> lines(MonthlyAssessment a) {
        return lines(a, List.of());
    }

    /** The tree, with the month's sheets left out ({@code excluded}) after the components, each saying why. */
    List<AssessmentLine> lines(MonthlyAssessment a, List<ExcludedSheet> excluded) {
        List<AssessmentLine> out = new ArrayList<>();
        for (ComponentResult c : a.components()) {
            out.add(component(c));
        }
        if (!excluded.isEmpty()) {
            out.add(new AssessmentLine(Kind.EXCLUDED, m.get("assess.ui.excluded", excluded.size()), "",
                    m.get("assess.ui.excludedDetail"), excluded.stream().map(this::excluded).toList()));
        }
        out.add(complaints(a.complaints()));
        out.add(AssessmentLine.leaf(Kind.TOTAL, m.get("assess.ui.total"), points(a.total()),
                a.complete() ? totalInWords(a) : m.get("assess.text.incomplete")));
        return out;
    }

    /**
     * The total as a supervisor reads it aloud: 「检查得分 92.50 × 60% + 满意度 88.00 × 40% = 90.70」, each component's
     * score on a 100 scale times its share of the scheme; complaints taken off by name; on a scale other than 100 the
     * sum is said on that scale (「按满分 1000 计 934.00」).
     */
    String totalInWords(MonthlyAssessment a) {
        String terms = a.components().stream().map(c -> m.get("assess.ui.totalTerm", c.title(), s(c.score()),
                n(share(c.weight(), a.scale())))).collect(Collectors.joining(" + "));
        boolean complaints = a.complaints().deduction() != null && a.complaints().deduction().signum() != 0;
        String less = complaints ? m.get("assess.ui.totalLess", s(a.complaints().deduction())) : "";
        if (a.scale().compareTo(HUNDRED) == 0) {
            return terms + less + " = " + s(a.total());
        }
        String onScale = m.get("assess.ui.totalOnScale", n(a.scale()), s(a.subtotal()));
        return terms + onScale + (complaints ? less + " = " + s(a.total()) : "");
    }

    /** A component's weight as a percent of the scheme's scale (60 of 100 → 60; 600 of 1000 → 60). */
    private static BigDecimal share(BigDecimal weight, BigDecimal scale) {
        return weight.multiply(HUNDRED).divide(scale, 2, RoundingMode.HALF_UP);
    }

    private AssessmentLine excluded(ExcludedSheet x) {
        return AssessmentLine.leaf(Kind.EXCLUDED, x.date() + " " + m.label(x.kind()) + " " + x.template() + " " + x.place(),
                "", m.get("assess.excluded." + x.reason().name(), m.label(x.kind()), m.label(x.status()), x.inspector()));
    }

    private AssessmentLine component(ComponentResult c) {
        List<AssessmentLine> children = new ArrayList<>();
        c.templates().forEach(t -> children.add(template(c, t)));
        if (c.survey() != null) {
            children.addAll(survey(c, c.survey()));
        }
        if (c.thirdParty() != null) {
            children.add(AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.thirdParty", c.thirdParty().evaluator(),
                    s(c.score()), n(c.weight()), s(c.points()), c.thirdParty().note()), "", ""));
        }
        status.partFormulas(c).forEach(line -> children.add(AssessmentLine.leaf(Kind.NOTE, line, "", "")));
        String detail = c.available() ? m.get("assess.ui.componentDetail", n(c.weight()), s(c.score()))
                : m.get("assess.ui.componentMissing", n(c.weight()));
        return new AssessmentLine(Kind.COMPONENT, c.title() + "（" + m.label(c.kind()) + "）",
                c.available() ? points(c.points()) : Formats.NONE, detail, children);
    }

    private AssessmentLine template(ComponentResult c, TemplateResult t) {
        return switch (t.status()) {
            case NOT_IN_CONTRACT -> AssessmentLine.leaf(Kind.TEMPLATE, t.title(), Formats.NONE,
                    m.get("assess.text.templateNotInContract", t.title()));
            case MISSING -> AssessmentLine.leaf(Kind.TEMPLATE, t.title(), points(t.points()), m.get(
                    t.points() == null ? "assess.text.templateMissing" : "assess.text.templateZero", t.title(),
                    n(t.percent())));
            case COUNTED -> new AssessmentLine(Kind.TEMPLATE, t.title(), points(t.points()), templateInWords(c, t),
                    t.sheets().stream().map(this::sheet).toList());
        };
    }

    /**
     * 「2 张检查表平均 95.00 分，本表满分 200 分（占 20%）」: the template's worth is its share of the component's weight,
     * scaled up when only some templates were inspected this month (then the sentence says so).
     */
    private String templateInWords(ComponentResult c, TemplateResult t) {
        BigDecimal counted = c.countedPercent();
        BigDecimal full = counted == null || counted.signum() == 0 ? null
                : c.weight().multiply(t.percent()).divide(counted, 2, RoundingMode.HALF_UP);
        boolean scaled = counted != null && counted.compareTo(HUNDRED) < 0;
        return m.get(scaled ? "assess.ui.templateScaled" : "assess.ui.templateWords", t.sheets().size(), s(t.mean()),
                n(full), n(t.percent()), n(counted));
    }

    private AssessmentLine sheet(SheetResult s) {
        String detail = m.get("assess.ui.sheetDetail", s.inspector(), status.status(s));
        if (s.restored().signum() != 0) {
            detail += "；" + m.get("assess.text.sheetRestored", s(s.recordedScore()), s(s.restored()), s(s.score()));
        }
        String label = s.date() + " " + m.label(s.kind()) + " " + s.place();
        return new AssessmentLine(Kind.SHEET, label, s(s.score()), detail,
                s.deductions().stream().map(d -> deduction(d, s.inspectionId())).toList(), s.inspectionId());
    }

    private AssessmentLine deduction(DeductionLine d, UUID sheetId) {
        List<AssessmentLine> children = new ArrayList<>();
        for (Exemption e : d.exemptions()) {
            children.add(AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.exemption", m.label(e.reason()), e.text(),
                    e.requestedBy(), m.label(e.status()), nz(e.decidedBy()), nz(e.decisionNote())), "", ""));
        }
        for (Appeal ap : d.appeals()) {
            children.add(AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.appeal", ap.statement(), ap.raisedBy(),
                    m.label(ap.status()), nz(ap.decidedBy()), nz(ap.decisionReason())), "", ""));
        }
        String note = nz(d.note());
        String detail = d.relieved() ? (note.isEmpty() ? "" : note + " ") + m.get("assess.ui.relieved") : note;
        return new AssessmentLine(d.relieved() ? Kind.RELIEVED : Kind.DEDUCTION,
                m.get("assess.ui.deduction", d.itemCode(), DisplayText.of(d.content())),
                minus(d.deduction()), detail, children, sheetId);
    }

    private List<AssessmentLine> survey(ComponentResult c, SurveyResult r) {
        return List.of(
                AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.survey", r.respondents(), r.staff(), r.students(),
                        list(r.droppedHighest()), list(r.droppedLowest()), r.kept(), s(r.keptSum()), s(r.mean())), "", ""),
                AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.surveyPoints", s(c.score()), n(c.weight()),
                        s(c.points())), "", ""),
                AssessmentLine.leaf(Kind.NOTE, m.get("assess.text.dissatisfied", n(r.dissatisfiedBelow()),
                        r.dissatisfied(), r.respondents(), s(r.dissatisfiedRate())), "", ""));
    }

    private AssessmentLine complaints(ComplaintResult c) {
        String multiplier = c.multiplier() == null ? "0" : n(c.multiplier());
        List<AssessmentLine> children = c.lines().stream().map(l -> {
            var x = l.complaint();
            return AssessmentLine.leaf(Kind.NOTE, m.get(x.substantiated() ? "assess.text.complaint"
                            : "assess.text.complaintUnproven", x.receivedOn().toString(), x.itemCode(), x.itemContent(),
                    s(x.basis()), multiplier, s(l.deduction()), x.description()), minus(l.deduction()), "");
        }).toList();
        String detail = c.lines().isEmpty() ? m.get("assess.text.noComplaints")
                : m.get("assess.text.complaints", c.lines().size(), multiplier)
                + (c.from() == null ? "" : " " + m.get("assess.text.complaintsFrom", c.from()));
        return new AssessmentLine(Kind.COMPLAINTS, m.get("assess.ui.complaints"),
                minus(c.deduction()), detail, children);
    }

    private static String points(BigDecimal v) {
        return v == null ? Formats.NONE : s(v);
    }

    /** Points: always two decimals, as the CLI and the report show them (ADR 0008). */
    /** Points taken off: "−1.50", but a nothing is "0.00", never "−0.00". */
    static String minus(BigDecimal v) {
        return v == null || v.signum() == 0 ? s(v) : "−" + s(v);
    }

    static String s(BigDecimal v) {
        return v == null ? Formats.NONE : Scores.normalise(v).toPlainString();
    }

    static String n(BigDecimal v) {
        return v == null ? Formats.NONE : Scores.format(v);
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    private String list(List<BigDecimal> values) {
        return values.stream().map(AssessmentLines::s).collect(m.joining());
    }
}
