package com.logicheck.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * How a typed date is read and shown in the date fields (ADR 0024). Shown as 2026-11-21 in both languages (the date
 * format of every list, PDF and file name in LogiCheck). Read: 2026-11-21, 2026/11/21, 2026.11.21, 20261121,
 * 2026年11月21日, full-width digits and punctuation as a Chinese input method types them, and in English also
 * 21 Nov 2026 / Nov 21, 2026. Day-month orders such as 11/21/2026 are not read: they are ambiguous between countries.
 * A text that is not a date is handed to {@code rejected}, so the field can say so instead of silently putting the old
 * date back; then the date the field {@code keeps} is returned (a DatePicker's focus-lost commit does not catch the
 * usual exception), or without one the exception is thrown.
 */
public final class DateInput extends StringConverter<LocalDate> {
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final List<DateTimeFormatter> NUMERIC = List.of(
            strict("uuuu-M-d"), strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuuMMdd"), strict("uuuu年M月d日"));
    private static final List<DateTimeFormatter> ENGLISH = List.of(
            english("d MMM uuuu"), english("MMM d, uuuu"), english("d MMMM uuuu"), english("MMMM d, uuuu"),
            english("MMM d uuuu"), english("MMMM d uuuu"));
    private final Locale locale;
    private final Consumer<String> rejected;
    private final Supplier<LocalDate> keeps;

    public DateInput(Locale locale, Consumer<String> rejected) {
        this(locale, rejected, null);
    }

    public DateInput(Locale locale, Consumer<String> rejected, Supplier<LocalDate> keeps) {
        this.locale = locale;
        this.rejected = rejected;
        this.keeps = keeps;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = parse(text, locale);
        if (date.isPresent()) {
            return date.get();
        }
        rejected.accept(text.strip());
        if (keeps == null) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        return keeps.get();
    }

    /** The date {@code text} means, or empty. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        String t = normalise(text);
        for (DateTimeFormatter f : NUMERIC) {
            Optional<LocalDate> d = tryParse(t, f);
            if (d.isPresent()) {
                return d;
            }
        }
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            String spaced = t.replaceAll("\\s+", " ").replace(" ,", ",");
            for (DateTimeFormatter f : ENGLISH) {
                Optional<LocalDate> d = tryParse(spaced, f);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Full-width digits and －／．, and the spaces an input method leaves, as ASCII; English month names keep theirs. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '—' || c == '–') {
                b.append('-');
            } else if (c == '／') {
                b.append('/');
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '　') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        return s.matches(".*\\d.*[年月日].*") ? s.replace(" ", "") : s;
    }

    private static Optional<LocalDate> tryParse(String text, DateTimeFormatter f) {
        try {
            return Optional.of(LocalDate.parse(text, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
