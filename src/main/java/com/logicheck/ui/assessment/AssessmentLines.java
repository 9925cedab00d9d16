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
import com.logicheck.service.AssessmentText;
import com.logicheck.ui.assessment.AssessmentLine.Kind;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.Formats;
import java.math.BigDecimal;
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
    private final Messages m;
    private final AssessmentText status;

    AssessmentLines(Messages messages) {
        this.m = messages;
        this.status = new AssessmentText(messages);
    }

    List<AssessmentLine> lines(MonthlyAssessment a) {
        List<AssessmentLine> out = new ArrayList<>();
        for (ComponentResult c : a.components()) {
            out.add(component(c));
        }
        out.add(complaints(a.complaints()));
        out.add(AssessmentLine.leaf(Kind.TOTAL, m.get("assess.ui.total"), points(a.total()),
                a.complete() ? a.components().stream().map(c -> s(c.points())).collect(Collectors.joining(" + "))
                        + " − " + s(a.complaints().deduction()) + " = " + s(a.total())
                        : m.get("assess.text.incomplete")));
        return out;
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
            case COUNTED -> new AssessmentLine(Kind.TEMPLATE, t.title(), points(t.points()),
                    m.get("assess.ui.templateDetail", t.sheets().size(), s(t.mean()), n(t.percent()),
                            n(c.countedPercent()), n(c.weight())),
                    t.sheets().stream().map(this::sheet).toList());
        };
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
