package com.logicheck.domain.template;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The grade bands of a sheet, highest first. Default from seed 000: 优秀 90, 良好 80, 中等 70, 不及格. */
public record GradeBands(List<GradeBand> bands) {

    public static final GradeBands DEFAULT = new GradeBands(List.of(
            new GradeBand("优秀", new BigDecimal("90.00")),
            new GradeBand("良好", new BigDecimal("80.00")),
            new GradeBand("中等", new BigDecimal("70.00")),
            new GradeBand("不及格", new BigDecimal("0.00"))));

    public GradeBands {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("at least one grade band");
        }
        bands = bands.stream().sorted(Comparator.comparing(GradeBand::min).reversed()).toList();
    }

    /** The band whose minimum is the highest one not above the score; the lowest band otherwise. */
    public String gradeFor(BigDecimal score) {
        for (GradeBand band : bands) {
            if (score.compareTo(band.min()) >= 0) {
                return band.name();
            }
        }
        return bands.get(bands.size() - 1).name();
    }
}
