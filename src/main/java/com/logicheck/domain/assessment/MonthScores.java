package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scores entered for a month beside sheets and surveys: each panel member's score, each entered part of an area,
 * and a dissatisfaction rate typed with its panel size (null when none).
 */
public record MonthScores(List<PanelScore> panel, List<AreaScore> areas, TypedRate dissatisfaction) {
    public static final MonthScores NONE = new MonthScores(List.of(), List.of(), null);

    public MonthScores {
        panel = panel == null ? List.of() : List.copyOf(panel);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** One panel member's score (0–100) for the month. */
    public record PanelScore(String member, BigDecimal score) {
    }

    /** The entered score (0–100) of one part of one area. */
    public record AreaScore(String area, String part, BigDecimal score) {
    }
}
