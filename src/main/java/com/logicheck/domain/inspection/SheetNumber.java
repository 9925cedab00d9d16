package com.logicheck.domain.inspection;

import com.logicheck.domain.org.PlacePath;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 检查表编号: the number a person reads on a printed 考核表, {@code 东院-2026-11-K7-0042}: the campus (the top place of
 * the sheet's place), the year and month the sheet was started, this laptop's two-character tag (from its device id,
 * so two laptops never count the same numbers) and a sequence per laptop and month. Sheets from before numbers keep
 * their short id ({@link #orShortId}), which is what their signed PDF prints (ADR 0039).
 */
public final class SheetNumber {
    /** Letters and digits a person cannot confuse on paper (no 0/O, 1/I/L). */
    static final String TAG_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int MAX_CAMPUS = 12;

    private SheetNumber() {
    }

    /** This laptop's tag: two characters of {@link #TAG_ALPHABET} drawn from its device id. */
    public static String deviceTag(UUID deviceId) {
        long bits = deviceId.getLeastSignificantBits() ^ deviceId.getMostSignificantBits();
        int n = TAG_ALPHABET.length();
        int first = (int) Math.floorMod(bits, (long) n);
        int second = (int) Math.floorMod(bits / n, (long) n);
        return "" + TAG_ALPHABET.charAt(first) + TAG_ALPHABET.charAt(second);
    }

    /** The campus part: the top place of {@code placePath}, without spaces or dashes, at most 12 characters. */
    public static String campus(String placePath) {
        String top = placePath == null ? "" : placePath.split(Pattern.quote(PlacePath.SEPARATOR), 2)[0];
        String clean = top.replaceAll("[\\s\\-/\\\\]+", "");
        if (clean.isEmpty()) {
            return "LC";
        }
        return clean.length() > MAX_CAMPUS ? clean.substring(0, MAX_CAMPUS) : clean;
    }

    /**
     * The next number for a sheet at {@code placePath} started in {@code month} on the laptop tagged {@code tag},
     * given the numbers already given in that month by that laptop (any campus): one more than the highest.
     */
    public static String next(String placePath, YearMonth month, String tag, Collection<String> givenThisMonth) {
        int highest = 0;
        Pattern own = sequencePattern(month, tag);
        for (String number : givenThisMonth) {
            Matcher m = number == null ? null : own.matcher(number);
            if (m != null && m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return format(campus(placePath), month, tag, highest + 1);
    }

    /** {@code 东院-2026-11-K7-0042}; the sequence takes four digits and grows beyond 9999 if it must. */
    public static String format(String campus, YearMonth month, String tag, int sequence) {
        return String.format(Locale.ROOT, "%s-%04d-%02d-%s-%04d", campus, month.getYear(), month.getMonthValue(), tag,
                sequence);
    }

    /** What a query for a laptop's numbers of a month may match with SQL LIKE: {@code %-2026-11-K7-%}. */
    public static String likeMonth(YearMonth month, String tag) {
        return String.format(Locale.ROOT, "%%-%04d-%02d-%s-%%", month.getYear(), month.getMonthValue(), tag);
    }

    /** The number to show: the sheet's number, or for a sheet from before numbers the short id its PDF prints. */
    public static String orShortId(String number, UUID sheetId) {
        return number == null || number.isBlank() ? sheetId.toString().substring(0, 8) : number;
    }

    private static Pattern sequencePattern(YearMonth month, String tag) {
        return Pattern.compile(String.format(Locale.ROOT, "-%04d-%02d-%s-(\\d{4,9})$", month.getYear(),
                month.getMonthValue(), Pattern.quote(tag)));
    }
}
