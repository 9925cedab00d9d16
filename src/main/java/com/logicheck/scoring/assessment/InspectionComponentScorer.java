package com.logicheck.scoring.assessment;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AssessmentInput;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateStatus;
import com.logicheck.domain.assessment.MissingTemplatePolicy;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 检查考核: the month's counted sheets of each template averaged on a 100 scale, then weighted into points of the
 * scheme's total: points = mean × percent ÷ countedPercent × weight ÷ 100, rounded once per template (ADR 0008).
 * A template outside the contract's service lines never counts; one without sheets either gives its share to the
 * others (RESCALE) or scores 0 (ZERO), with a warning either way.
 */
final class InspectionComponentScorer {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final SheetRelief relief;

    InspectionComponentScorer(SheetScorer scorer) {
        this.relief = new SheetRelief(scorer);
    }

    ComponentResult score(AssessmentInput in, SchemeComponent component, List<Problem> missing, List<Problem> warnings) {
        MissingTemplatePolicy policy = in.scheme().sheets().missingTemplates();
        List<TemplateResult> partial = new ArrayList<>();
        BigDecimal countedPercent = BigDecimal.ZERO;
        for (TemplateWeight tw : component.templates()) {
            ChecklistTemplate known = in.schemeTemplates().stream().filter(t -> t.code().equals(tw.templateCode()))
                    .findFirst().orElse(null);
            String title = known == null ? tw.templateCode() : known.title();
            if (known != null && !in.contractLines().isEmpty() && !in.contractLines().contains(known.serviceLine())) {
                partial.add(new TemplateResult(tw.templateCode(), title, tw.percent(), TemplateStatus.NOT_IN_CONTRACT,
                        List.of(), null, null));
                continue;
            }
            List<SheetResult> sheets = in.sheets().stream()
                    .filter(s -> s.template().code().equals(tw.templateCode()))
                    .filter(s -> in.scheme().sheets().counts(s.countedAs(), s.kind()))
                    .sorted(Comparator.comparing(SheetInput::date).thenComparing(s -> s.inspectionId().toString()))
                    .map(relief::score).toList();
            if (sheets.isEmpty()) {
                warnings.add(Problem.of(policy == MissingTemplatePolicy.RESCALE ? "assess.warning.templateRescaled"
                        : "assess.warning.templateZero", title));
                if (policy == MissingTemplatePolicy.ZERO) {
                    countedPercent = countedPercent.add(tw.percent());
                }
                partial.add(new TemplateResult(tw.templateCode(), title, tw.percent(), TemplateStatus.MISSING, List.of(),
                        null, null));
                continue;
            }
            BigDecimal sum = sheets.stream().map(SheetResult::score100).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(sheets.size()), Scores.SCALE, RoundingMode.HALF_UP);
            countedPercent = countedPercent.add(tw.percent());
            partial.add(new TemplateResult(tw.templateCode(), title, tw.percent(), TemplateStatus.COUNTED, sheets, mean,
                    null));
        }
        boolean any = partial.stream().anyMatch(t -> t.status() == TemplateStatus.COUNTED);
        if (!any) {
            missing.add(Problem.of("assess.missing.sheets", component.title()));
            return new ComponentResult(component.kind(), component.title(), component.weight(), false, null, null,
                    countedPercent, partial, null, null);
        }
        List<TemplateResult> templates = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        for (TemplateResult t : partial) {
            BigDecimal p = null;
            if (t.status() == TemplateStatus.COUNTED) {
                p = t.mean().multiply(t.percent()).multiply(component.weight())
                        .divide(countedPercent.multiply(HUNDRED), Scores.SCALE, RoundingMode.HALF_UP);
            } else if (t.status() == TemplateStatus.MISSING && policy == MissingTemplatePolicy.ZERO) {
                p = Scores.normalise(BigDecimal.ZERO);
            }
            points = points.add(p == null ? BigDecimal.ZERO : p);
            templates.add(new TemplateResult(t.templateCode(), t.title(), t.percent(), t.status(), t.sheets(), t.mean(), p));
        }
        points = Scores.normalise(points);
        BigDecimal score = points.multiply(HUNDRED).divide(component.weight(), Scores.SCALE, RoundingMode.HALF_UP);
        return new ComponentResult(component.kind(), component.title(), component.weight(), true, score, points,
                countedPercent, templates, null, null);
    }
}
