package com.logicheck.domain.inspection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date and time written on a paper sheet, as typed: 2026-11-03, 2026/11/3, 2026.11.3, 2026年11月3日; 08:40, 8：40. */
public final class PaperDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：时点]\\s*(\\d{2})\\s*分?");

    private PaperDates() {
    }

    /** The date; null when blank (the rules then ask for one); refused when it cannot be read. */
    public static LocalDate date(String typed) {
        String text = ascii(typed);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The time of day; null when blank (the paper has none); refused when it cannot be read. */
    public static LocalTime time(String typed) {
        String text = ascii(typed);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Full-width digits from a Chinese input method count as ASCII ones. */
    private static String ascii(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }
}
