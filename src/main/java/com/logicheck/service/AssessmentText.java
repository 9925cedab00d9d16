package com.logicheck.service;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.ComplaintResult;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateResult;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.InspectionCount;
import com.logicheck.domain.assessment.MoneyResult;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SpotCheckReminder;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentService.MonthClosing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The monthly assessment explained in words, one line per number with the numbers it came from: components down to
 * sheets and deducted items (exemptions and appeals shown with their reasons), complaints, total and grade, veto,
 * money and the share passed down, required inspections, repeated failures, warnings. Used by the CLI; the screen
 * and the monthly report can reuse the same lines.
 */
public final class AssessmentText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages m;

    public AssessmentText(Messages messages) {
        this.m = messages;
    }

    public List<String> lines(MonthlyAssessment a, Optional<MonthClosing> closed) {
        List<String> out = new ArrayList<>();
        out.add(m.get("assess.text.title", a.providerName(), a.month().toString()));
        out.add(m.get("assess.text.scheme", a.scheme().title(), a.scheme().code(), a.scheme().version(), n(a.scale())));
        out.add(closed.map(c -> m.get("assess.text.closed", c.closedBy(), WHEN.format(c.closedAt())))
                .orElseGet(() -> m.get("assess.text.live")));
        int index = 1;
        for (ComponentResult c : a.components()) {
            out.add("");
            component(out, index++, c);
        }
        out.add("");
        complaints(out, a.complaints());
        total(out, a);
        veto(out, a.veto());
        money(out, a.money());
        inspections(out, a.inspections());
        failures(out, a);
        if (a.deductions() > 0) {
            out.add(m.get("assess.text.notices", a.deductions()));
        }
        for (Problem p : a.missing()) {
            out.add(m.get("assess.text.missing", m.problem(p)));
        }
        for (Problem p : a.warnings()) {
            out.add(m.get("assess.text.warning", m.problem(p)));
        }
        return out;
    }

    private void component(List<String> out, int index, ComponentResult c) {
        String head = m.get("assess.text.component", index, c.title(), m.label(c.kind()), n(c.weight()));
        out.add(c.available() ? head + m.get("assess.text.componentPoints", s(c.points()), s(c.score())) : head);
        for (TemplateResult t : c.templates()) {
            template(out, c, t);
        }
        if (c.survey() != null) {
            survey(out, c, c.survey());
        }
        if (c.thirdParty() != null) {
            out.add("  " + m.get("assess.text.thirdParty", c.thirdParty().evaluator(), s(c.score()), n(c.weight()),
                    s(c.points()), c.thirdParty().note()));
        }
        partFormulas(c).forEach(line -> out.add("  " + line));
    }

    /**
     * A panel's or an areas component's arithmetic in words, one line each: every member's score and how they
     * combine; each area's parts times their percents, and how the areas make the component's score.
     */
    public List<String> partFormulas(ComponentResult c) {
        List<String> out = new ArrayList<>();
        ComponentResult.PanelResult p = c.panel();
        if (p != null) {
            out.add(m.get("assess.text.panelScores", p.scores().stream()
                    .map(x -> x.member() + " " + n(x.score())).collect(m.joining())));
            if (p.score() != null) {
                String key = switch (p.combine()) {
                    case MEAN -> "assess.text.panel.mean";
                    case TRIMMED -> "assess.text.panel.trimmed";
                    case WEIGHTED -> "assess.text.panel.weighted";
                };
                out.add(m.get(key, list(p.droppedHighest()), list(p.droppedLowest()), s(p.score())));
            }
        }
        for (ComponentResult.AreaResult a : c.areas()) {
            String parts = a.parts().stream().map(x -> m.get(x.source() == AreaRule.Source.SHEETS
                    ? "assess.text.areaPartSheets" : "assess.text.areaPart", x.name(), n(x.score()), n(x.percent()),
                    x.sheets())).collect(Collectors.joining(" + "));
            out.add(m.get("assess.text.area", a.name(), parts, s(a.score())));
        }
        if (!c.areas().isEmpty() && c.score() != null) {
            boolean weighted = c.areas().stream().allMatch(a -> a.weight() != null);
            String sum = c.areas().stream().map(a -> weighted ? s(a.score()) + " × " + n(a.weight()) + "%" : s(a.score()))
                    .collect(Collectors.joining(" + "));
            out.add(weighted ? m.get("assess.text.areas.weighted", sum, s(c.score()))
                    : m.get("assess.text.areas.mean", sum, c.areas().size(), s(c.score())));
        }
        if (p != null || !c.areas().isEmpty()) {
            out.add(m.get("assess.text.partPoints", s(c.score()), n(c.weight()), s(c.points())));
        }
        return out;
    }

    private void template(List<String> out, ComponentResult c, TemplateResult t) {
        switch (t.status()) {
            case NOT_IN_CONTRACT -> out.add("  " + m.get("assess.text.templateNotInContract", t.title()));
            case MISSING -> out.add("  " + m.get(t.points() == null ? "assess.text.templateMissing"
                    : "assess.text.templateZero", t.title(), n(t.percent())));
            case COUNTED -> {
                out.add("  " + m.get("assess.text.template", t.title(), t.sheets().size(), s(t.mean()), n(t.percent()),
                        n(c.countedPercent()), n(c.weight()), s(t.points())));
                t.sheets().forEach(sheet -> sheet(out, sheet));
            }
        }
    }

    /** The sheet's status as the month counts it: a sheet being corrected counts as signed, 有更正待签. */
    public String status(SheetResult s) {
        return s.status() == InspectionStatus.SUPERSEDED ? m.get("assess.text.correctionPending") : m.label(s.status());
    }

    private void sheet(List<String> out, SheetResult s) {
        String score = s.restored().signum() == 0 ? s(s.score())
                : m.get("assess.text.sheetRestored", s(s.recordedScore()), s(s.restored()), s(s.score()));
        out.add("    " + m.get("assess.text.sheet", s.date().toString(), m.label(s.kind()), s.place(), s.inspector(),
                status(s), score));
        for (DeductionLine d : s.deductions()) {
            out.add("      " + m.get(d.relieved() ? "assess.text.deductionRelieved" : "assess.text.deduction",
                    d.itemCode(), d.content(), s(d.deduction()), d.note()));
            for (Exemption e : d.exemptions()) {
                out.add("        " + m.get("assess.text.exemption", m.label(e.reason()), e.text(), e.requestedBy(),
                        m.label(e.status()), e.decidedBy() == null ? "" : e.decidedBy(),
                        e.decisionNote() == null ? "" : e.decisionNote()));
            }
            for (Appeal ap : d.appeals()) {
                out.add("        " + m.get("assess.text.appeal", ap.statement(), ap.raisedBy(), m.label(ap.status()),
                        ap.decidedBy() == null ? "" : ap.decidedBy(), ap.decisionReason() == null ? "" : ap.decisionReason()));
            }
        }
    }

    private void survey(List<String> out, ComponentResult c, SurveyResult r) {
        out.add("  " + m.get("assess.text.survey", r.respondents(), r.staff(), r.students(), list(r.droppedHighest()),
                list(r.droppedLowest()), r.kept(), s(r.keptSum()), s(r.mean())));
        out.add("  " + m.get("assess.text.surveyPoints", s(c.score()), n(c.weight()), s(c.points())));
        out.add("  " + m.get("assess.text.dissatisfied", n(r.dissatisfiedBelow()), r.dissatisfied(), r.respondents(),
                s(r.dissatisfiedRate())));
    }

    private void complaints(List<String> out, ComplaintResult c) {
        if (c.lines().isEmpty()) {
            out.add(m.get("assess.text.noComplaints"));
            return;
        }
        out.add(m.get("assess.text.complaints", c.lines().size(),
                c.multiplier() == null ? "0" : n(c.multiplier())));
        for (ComplaintResult.Line l : c.lines()) {
            var x = l.complaint();
            out.add("  " + m.get(x.substantiated() ? "assess.text.complaint" : "assess.text.complaintUnproven",
                    x.receivedOn().toString(), x.itemCode(), x.itemContent(), s(x.basis()),
                    c.multiplier() == null ? "0" : n(c.multiplier()), s(l.deduction()), x.description()));
        }
        out.add("  " + m.get("assess.text.complaintsTotal", s(c.deduction())));
        if (c.from() != null) {
            out.add("  " + m.get("assess.text.complaintsFrom", c.from()));
        }
    }

    private void total(List<String> out, MonthlyAssessment a) {
        if (!a.complete()) {
            out.add(m.get("assess.text.incomplete"));
            return;
        }
        String parts = a.components().stream().map(c -> s(c.points())).collect(Collectors.joining(" + "));
        out.add(m.get("assess.text.total", parts, s(a.complaints().deduction()), s(a.total()), n(a.scale()), a.grade()));
    }

    private void veto(List<String> out, VetoResult v) {
        out.add(m.get(v.vetoed() ? "assess.text.vetoed" : "assess.text.notVetoed"));
        for (VetoResult.Finding f : v.findings()) {
            String verdict = m.get(!f.ruled() ? "assess.text.vetoNoRule" : f.vetoes() ? "assess.text.vetoYes"
                    : "assess.text.vetoNo");
            if (f.type() == VetoType.DISSATISFACTION) {
                out.add("  " + m.get("assess.text.vetoDissatisfaction", s(f.rate()), n(f.threshold()), verdict));
            } else {
                // no empty placeholder: an unknown loss says so, a scheme without a loss threshold drops that clause
                String loss = f.loss() == null ? m.get("assess.text.lossUnknown") : m.get("assess.text.lossAmount", s(f.loss()));
                out.add("  " + (f.threshold() == null
                        ? m.get("assess.text.vetoEventNoThreshold", m.label(f.type()), f.date().toString(), f.evidence(),
                        loss, f.casualties(), verdict)
                        : m.get("assess.text.vetoEvent", m.label(f.type()), f.date().toString(), f.evidence(), loss,
                        f.casualties(), s(f.threshold()), verdict)));
            }
        }
    }

    private void money(List<String> out, MoneyResult r) {
        String key = switch (r.kind()) {
            case PER_POINT -> switch (r.direction()) {
                case PENALTY -> "assess.text.moneyPenaltyPoints";
                case REWARD -> "assess.text.moneyRewardPoints";
                case NONE -> "assess.text.moneyNonePoints";
            };
            case BOND_PERCENT -> switch (r.direction()) {
                case PENALTY -> "assess.text.moneyPenaltyBond";
                case REWARD -> "assess.text.moneyRewardBond";
                case NONE -> "assess.text.moneyNoneBond";
            };
            case NONE -> "assess.text.moneyNone";
        };
        out.add(m.get(key, r.threshold() == null ? "" : n(r.threshold()), r.points() == null ? "" : s(r.points()),
                r.rate() == null ? "" : n(r.rate()), r.bond() == null ? "" : s(r.bond()), s(r.amount())));
        if (r.passDownPercent().signum() > 0 && r.direction() != MoneyResult.Direction.NONE) {
            out.add("  " + m.get("assess.text.passDown", n(r.passDownPercent()), s(r.passedDown())));
        }
        if (r.rewardWithheld()) {
            out.add("  " + m.get("assess.text.rewardWithheld"));
        }
        if (r.tenderPreference()) {
            out.add("  " + m.get("assess.text.tenderPreference"));
        }
    }

    private void inspections(List<String> out, InspectionCount c) {
        if (c.fullRequired() > 0 || c.spotRequired() > 0) {
            out.add(m.get(c.quarterEnds() ? "assess.text.inspectionsQuarterEnd" : "assess.text.inspections",
                    c.fullDays(), c.fullRequired(), c.spotDaysInQuarter(), c.spotRequired()));
        }
    }

    private void failures(List<String> out, MonthlyAssessment a) {
        var f = a.failures();
        if (!f.failed()) {
            out.add(m.get("assess.text.notFailed", f.cumulative()));
            return;
        }
        String consequences = f.triggered().stream().map(FailureConsequence::consequence).map(m::label)
                .collect(Collectors.joining(m.get("assess.text.separator")));
        out.add(m.get("assess.text.failed", f.consecutive(), f.cumulative(),
                consequences.isEmpty() ? m.get("assess.text.noConsequence") : consequences));
    }

    /** The total line (components − complaints = total, grade), or why there is none. */
    public List<String> totalLines(MonthlyAssessment a) {
        List<String> out = new ArrayList<>();
        total(out, a);
        return out;
    }

    /** The 一票否决 lines alone (status first, then each ground considered), for a screen or report. */
    public List<String> vetoLines(VetoResult v) {
        List<String> out = new ArrayList<>();
        veto(out, v);
        return out;
    }

    /** The reward or penalty lines alone, with the share passed down. */
    public List<String> moneyLines(MoneyResult r) {
        List<String> out = new ArrayList<>();
        money(out, r);
        return out;
    }

    /** The required-inspection line (empty when the scheme requires none). */
    public List<String> inspectionLines(InspectionCount c) {
        List<String> out = new ArrayList<>();
        inspections(out, c);
        return out;
    }

    /** 本季度还需抽查 N 次，剩 M 天, for the month being lived ({@code today} from the clock); empty otherwise. */
    public List<String> spotCheckReminder(MonthlyAssessment a, LocalDate today) {
        return SpotCheckReminder.of(a.inspections(), a.month(), today).map(r -> m.get("assess.text.spotReminder",
                r.stillNeeded(), r.daysLeft(), r.quarterEnds().toString())).stream().toList();
    }

    /** The failing-month line: consecutive and cumulative failures and the consequences triggered. */
    public List<String> failureLines(MonthlyAssessment a) {
        List<String> out = new ArrayList<>();
        failures(out, a);
        return out;
    }

    /** Points and 元: always two decimals. */
    private static String s(BigDecimal v) {
        return v == null ? "-" : Scores.normalise(v).toPlainString();
    }

    /** Weights, percents and thresholds: no trailing zeros. */
    private static String n(BigDecimal v) {
        return v == null ? "-" : Scores.format(v);
    }

    private static String list(List<BigDecimal> values) {
        return values.stream().map(AssessmentText::s).collect(Collectors.joining("、"));
    }
}
