package com.logicheck.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal helpers for scores (分). Scores keep two decimals; see ADR 0004. */
public final class Scores {
    public static final int SCALE = 2;

    private Scores() {
    }

    public static BigDecimal of(String value) {
        return normalise(new BigDecimal(value));
    }

    public static BigDecimal normalise(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Plain text without trailing zeros: 5.00 → "5", 4.80 → "4.8". */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
