package com.logicheck.domain.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One line of a 考核表: 考评内容, 要求与说明, 评分标准 and 分值, with the structured deduction rules.
 */
public record TemplateItem(UUID id, String code, String content, String requirement, String criteria,
                           BigDecimal maxScore, boolean naAllowed, String remark, List<DeductionRule> rules) {
    public TemplateItem {
        rules = List.copyOf(rules);
        remark = remark == null ? "" : remark;
        requirement = requirement == null ? "" : requirement;
    }
}
