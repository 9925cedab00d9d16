package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评议小组 (panel scoring): several assessing departments or people each give the provider's month a score of 0–100,
 * combined by {@code combine}: the mean, the mean after dropping {@code dropHighest} highest and {@code dropLowest}
 * lowest scores, or the weighted mean of the listed members (weights in percent, adding up to 100). When members
 * are listed every one of them must score; otherwise any scorers count.
 */
public record PanelRule(Combine combine, int dropHighest, int dropLowest, List<Member> members) {
    public PanelRule {
        combine = combine == null ? Combine.MEAN : combine;
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A department or person on the panel; {@code weight} (percent) only with {@link Combine#WEIGHTED}. */
    public record Member(String name, BigDecimal weight) {
    }

    /** Fewest scores the combination can be computed from. */
    public int minScores() {
        return combine == Combine.TRIMMED ? dropHighest + dropLowest + 1 : 1;
    }
}
