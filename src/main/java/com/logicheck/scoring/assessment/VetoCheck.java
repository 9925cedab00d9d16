package com.logicheck.scoring.assessment;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.TypedRate;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoRule;
import com.logicheck.domain.assessment.VetoType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 一票否决 (seed 004 第14篇 二(四)): a safety accident with a loss of at least the rule's amount (1万元以上: 10000 元
 * vetoes, 9999.99 does not) or with casualties; a written criticism; criticism for ignoring the logistics department's
 * requirements; a dissatisfaction rate above the rule's percent (40%: 41% vetoes, exactly 40% does not). Events of a
 * type the scheme has no rule for are shown but do not veto. When the scheme's survey counts dissatisfaction as a
 * typed rate, that rate (a valid one, with its panel) is compared instead of the survey's.
 */
final class VetoCheck {

    private VetoCheck() {
    }

    static VetoResult check(AssessmentScheme scheme, List<VetoEvent> events, SurveyResult survey, TypedRate typed) {
        List<VetoResult.Finding> findings = new ArrayList<>();
        for (VetoEvent e : events.stream().sorted(Comparator.comparing(VetoEvent::occurredOn)).toList()) {
            Optional<VetoRule> rule = scheme.veto(e.type());
            boolean vetoes = rule.isPresent() && vetoes(rule.get(), e);
            BigDecimal threshold = rule.map(VetoRule::minLoss).orElse(null);
            findings.add(new VetoResult.Finding(e.type(), e.id(), e.occurredOn(), e.evidence(), e.loss(),
                    e.casualties(), null, e.type() == VetoType.SAFETY_ACCIDENT ? threshold : null, rule.isPresent(),
                    vetoes));
        }
        Optional<VetoRule> dissatisfaction = scheme.veto(VetoType.DISSATISFACTION);
        boolean typedRate = scheme.survey() != null && scheme.survey().dissatisfiedBy() == Dissatisfaction.TYPED_RATE;
        if (dissatisfaction.isPresent() && typedRate) {
            if (typed != null && typed.valid()) {
                BigDecimal limit = dissatisfaction.get().rateAbove();
                findings.add(new VetoResult.Finding(VetoType.DISSATISFACTION, null, null, "", null, 0,
                        typed.percent(), limit, true, SurveyScore.rateAbove(typed.dissatisfied(), typed.panel(), limit)));
            }
        } else if (dissatisfaction.isPresent() && survey != null) {
            BigDecimal limit = dissatisfaction.get().rateAbove();
            findings.add(new VetoResult.Finding(VetoType.DISSATISFACTION, null, null, "", null, 0,
                    survey.dissatisfiedRate(), limit, true, SurveyScore.rateAbove(survey, limit)));
        }
        return new VetoResult(findings.stream().anyMatch(VetoResult.Finding::vetoes), findings);
    }

    private static boolean vetoes(VetoRule rule, VetoEvent e) {
        if (e.type() != VetoType.SAFETY_ACCIDENT) {
            return true;
        }
        boolean loss = rule.minLoss() != null && e.loss() != null && e.loss().compareTo(rule.minLoss()) >= 0;
        boolean casualties = rule.casualties() && e.casualties() > 0;
        return loss || casualties;
    }
}
