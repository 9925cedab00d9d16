package com.logicheck.domain.template;

import java.math.BigDecimal;

/**
 * One clause of an item's 评分标准 in structured form. An item may have several clauses
 * (每缺一项扣1分，延迟一天扣0.2分); the inspector enters one quantity per clause.
 */
public sealed interface DeductionRule permits DeductionRule.PerOccurrence, DeductionRule.PerUnit, DeductionRule.Range {

    /** The clause's words, e.g. 每缺一项, 延迟, 违反规定. */
    String label();

    /** 每…扣N分: a whole count of occurrences times the points. */
    record PerOccurrence(String label, BigDecimal points) implements DeductionRule {
    }

    /** 每(unitSize)(unit)扣N分: ⌊amount ÷ unitSize⌋ × points, e.g. 延迟一天扣0.2分, 每增加10%扣0.5分. */
    record PerUnit(String label, String unit, BigDecimal unitSize, BigDecimal points) implements DeductionRule {
    }

    /** 扣min~max分 by the inspector's judgement, on a grid of step. */
    record Range(String label, BigDecimal min, BigDecimal max, BigDecimal step) implements DeductionRule {
    }
}
