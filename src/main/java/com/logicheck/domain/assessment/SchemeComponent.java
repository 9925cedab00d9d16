package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 考核组成部分: a part of the monthly total and its weight in points of the scheme's scale (hospital: the
 * inspection is all 1000 points; college: inspection 60, survey 40 of 100). Only an inspection component lists
 * templates; their percents add up to 100. A panel component has its {@code panel} rule; an areas component lists
 * its {@code areas} and combines them by {@code areaMean} ({@link Combine#MEAN} or {@link Combine#WEIGHTED}).
 */
public record SchemeComponent(ComponentKind kind, String title, BigDecimal weight, List<TemplateWeight> templates,
                              PanelRule panel, List<AreaRule> areas, Combine areaMean) {
    public SchemeComponent {
        templates = templates == null ? List.of() : List.copyOf(templates);
        areas = areas == null ? List.of() : List.copyOf(areas);
        areaMean = areas.isEmpty() ? null : areaMean == null ? Combine.MEAN : areaMean;
    }

    /** An inspection, survey or third-party component (no panel, no areas). */
    public SchemeComponent(ComponentKind kind, String title, BigDecimal weight, List<TemplateWeight> templates) {
        this(kind, title, weight, templates, null, List.of(), null);
    }
}
