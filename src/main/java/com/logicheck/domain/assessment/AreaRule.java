package com.logicheck.domain.assessment;

import com.logicheck.domain.ServiceLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * 分区域考核: one area of the provider's work (教学楼宇, 学生公寓…) — a place subtree ({@code place}, a sheet's place
 * equal to it or below it: "学生公寓" takes "学生公寓/3号楼") or a service line — with its own mix of parts, e.g.
 * 主管部门考核 80% + 服务对象考核 20%. {@code weight} (percent of the component) counts only when the areas are
 * combined {@link Combine#WEIGHTED}.
 */
public record AreaRule(String name, String place, ServiceLine serviceLine, BigDecimal weight, List<Part> parts) {
    public AreaRule {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /**
     * A part of an area's score and its percent of it: from the month's counted sheets of the area
     * ({@link Source#SHEETS}, their mean on a 100 scale) or a score entered for the month ({@link Source#ENTERED}).
     */
    public record Part(String name, Source source, BigDecimal percent) {
    }

    /** Where a part's score comes from. */
    public enum Source {
        /** The mean of the area's counted sheets. */
        SHEETS,
        /** A score of 0–100 entered for the month (e.g. the service users' survey of the area). */
        ENTERED
    }

    /** Whether a sheet at {@code sheetPlace} on {@code line} belongs to the area. */
    public boolean covers(String sheetPlace, ServiceLine line) {
        if (serviceLine != null && serviceLine != line) {
            return false;
        }
        if (place == null || place.isBlank()) {
            return true;
        }
        String p = sheetPlace == null ? "" : sheetPlace;
        return p.equals(place) || p.startsWith(place + "/");
    }
}
