package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 考核组成部分: a part of the monthly total and its weight in points of the scheme's scale (hospital: the
 * inspection is all 1000 points; college: inspection 60, survey 40 of 100). Only an inspection component lists
 * templates; their percents add up to 100.
 */
public record SchemeComponent(ComponentKind kind, String title, BigDecimal weight, List<TemplateWeight> templates) {
    public SchemeComponent {
        templates = templates == null ? List.of() : List.copyOf(templates);
    }
}
