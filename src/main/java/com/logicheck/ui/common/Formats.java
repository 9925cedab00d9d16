package com.logicheck.ui.common;

import com.logicheck.domain.Scores;
import com.logicheck.service.SheetView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How numbers and dates look on screen: scores without trailing zeros, dates as 2026-11-21 09:30. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Shown where there is no value yet. */
    public static final String NONE = SheetView.UNNAMED;

    private Formats() {
    }

    public static String score(BigDecimal value) {
        return value == null ? NONE : Scores.format(value);
    }

    /** A deduction as "−2" (blank when nothing is deducted). */
    public static String deduction(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : "−" + Scores.format(value);
    }

    public static String dateTime(OffsetDateTime value, ZoneId zone) {
        return value == null ? NONE : DATE_TIME.format(value.atZoneSameInstant(zone));
    }

    /** A certificate's SHA-256 in groups of four, eight groups a line, for a person to compare aloud. */
    public static String fingerprint(String hex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            b.append(hex, i, Math.min(hex.length(), i + 4)).append(i % 32 == 28 ? "\n" : " ");
        }
        return b.toString().strip();
    }
}
