package com.logicheck.domain.plan;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 巡检时段: one window of a day in which a route point is to be checked in, {@code 08:00–10:00}, as minutes of the
 * day ({@code 0 ≤ start < end ≤ 1440}; {@code 24:00} is the day's end). {@link Route} checks the rule, naming the
 * point and window. A window does not cross midnight: one that would ({@code 22:00–02:00}) ends before it starts and
 * is refused; it is entered as two windows instead ({@code 22:00–24:00} and {@code 00:00–02:00}).
 */
public record TimeWindow(int startMinute, int endMinute) {
    public static final int DAY = 24 * 60;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,2})[:：](\\d{2})\\s*[-–—~～至到]\\s*(\\d{1,2})[:：](\\d{2})");

    /** {@code 08:00-10:00} (also with –, ~, 至 or a full-width colon); refused with {@code field} named. */
    public static TimeWindow parse(String text, String field) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException(Problem.of("problem.route.windowFormat", field, text == null ? "" : text.strip()));
        }
        int sh = Integer.parseInt(m.group(1));
        int sm = Integer.parseInt(m.group(2));
        int eh = Integer.parseInt(m.group(3));
        int em = Integer.parseInt(m.group(4));
        if (sm > 59 || em > 59 || sh > 24 || eh > 24 || sh == 24 && sm > 0 || eh == 24 && em > 0) {
            throw new DomainException(Problem.of("problem.route.windowFormat", field, text.strip()));
        }
        return new TimeWindow(sh * 60 + sm, eh * 60 + em);
    }

    /** Whether the window keeps its rule: inside the day, ending after it starts. */
    public boolean valid() {
        return startMinute >= 0 && startMinute < DAY && endMinute > startMinute && endMinute <= DAY;
    }

    /** Whether the two windows share a minute (touching ends, 08:00–10:00 and 10:00–12:00, do not). */
    public boolean overlaps(TimeWindow other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    /** {@code 08:00–10:00}. */
    public String text() {
        return text(startMinute) + "–" + text(endMinute);
    }

    static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
