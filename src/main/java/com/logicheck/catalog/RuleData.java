package com.logicheck.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.logicheck.domain.Scores;
import com.logicheck.domain.template.DeductionRule;
import java.math.BigDecimal;

/** The data-file form of one {@link DeductionRule} clause, as written in template YAML and stored as JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleData(String type, String label, BigDecimal points, String unit, BigDecimal unitSize,
                       BigDecimal min, BigDecimal max, BigDecimal step) {

    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");

    public DeductionRule toRule() {
        String name = label == null ? "" : label;
        if (type == null) {
            throw new IllegalArgumentException("rule without type");
        }
        return switch (type) {
            case "PER_OCCURRENCE" -> new DeductionRule.PerOccurrence(name, n(points));
            case "PER_UNIT" -> new DeductionRule.PerUnit(name, unit == null ? "" : unit,
                    n(unitSize == null ? BigDecimal.ONE : unitSize), n(points));
            case "RANGE" -> new DeductionRule.Range(name, n(min), n(max), n(step == null ? DEFAULT_STEP : step));
            default -> throw new IllegalArgumentException("unknown rule type " + type);
        };
    }

    /** Numbers are kept at the scale of scores, so a rule reads back from the database exactly as written. */
    static BigDecimal n(BigDecimal value) {
        return value == null ? null : Scores.normalise(value);
    }

    public static RuleData from(DeductionRule rule) {
        if (rule instanceof DeductionRule.PerOccurrence p) {
            return new RuleData("PER_OCCURRENCE", p.label(), p.points(), null, null, null, null, null);
        } else if (rule instanceof DeductionRule.PerUnit u) {
            return new RuleData("PER_UNIT", u.label(), u.points(), u.unit(), u.unitSize(), null, null, null);
        }
        DeductionRule.Range r = (DeductionRule.Range) rule;
        return new RuleData("RANGE", r.label(), null, null, null, r.min(), r.max(), r.step());
    }
}
