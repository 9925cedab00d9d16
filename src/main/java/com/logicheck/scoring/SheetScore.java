package com.logicheck.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live score of a sheet: per item, per heading and total (得分) with its grade (等级) and progress.
 * Unanswered items deduct nothing until answered.
 */
public record SheetScore(Map<UUID, ItemScore> items, List<SectionScore> sections, BigDecimal total,
                         BigDecimal totalScore, String grade, int answered, int itemCount, int deducted,
                         int notApplicable) {
    public SheetScore {
        items = Map.copyOf(items);
        sections = List.copyOf(sections);
    }

    public int unanswered() {
        return itemCount - answered;
    }

    public boolean complete() {
        return answered == itemCount;
    }

    public ItemScore item(UUID itemId) {
        return items.get(itemId);
    }
}
