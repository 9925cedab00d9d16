package com.logicheck.domain.template;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 等级 in one line, as the editor and the Excel form show them: {@code 优秀≥90；良好≥80；中等≥70；不及格<70}.
 * Reading accepts ≥ or &gt;=, 分, and ，、; as separators; the last band may omit its bound (it starts at 0).
 */
public final class GradeBandsText {
    private static final Pattern AT_LEAST = Pattern.compile("^(.+?)\\s*(?:≥|>=|＞=|>)\\s*(\\d+(?:\\.\\d+)?)\\s*分?$");
    private static final Pattern BELOW = Pattern.compile("^(.+?)\\s*(?:<|＜)\\s*(\\d+(?:\\.\\d+)?)\\s*分?$");

    private GradeBandsText() {
    }

    public static String print(GradeBands bands) {
        List<GradeBand> list = bands.bands();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            GradeBand band = list.get(i);
            boolean last = i == list.size() - 1;
            if (last && band.min().signum() == 0 && i > 0) {
                parts.add(band.name() + "<" + Scores.format(list.get(i - 1).min()));
            } else {
                parts.add(band.name() + "≥" + Scores.format(band.min()));
            }
        }
        return String.join("；", parts);
    }

    /** The bands, or a {@link DomainException} saying what cannot be read. */
    public static GradeBands parse(String text) {
        List<GradeBand> bands = new ArrayList<>();
        String[] parts = (text == null ? "" : text.strip()).split("[；;，,、\\n]+");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = AT_LEAST.matcher(part);
            Matcher below = BELOW.matcher(part);
            if (m.matches()) {
                bands.add(new GradeBand(m.group(1).strip(), Scores.of(m.group(2))));
            } else if (i == parts.length - 1 && below.matches()) {
                bands.add(new GradeBand(below.group(1).strip(), Scores.of("0")));
            } else if (i == parts.length - 1 && !part.matches(".*\\d.*")) {
                bands.add(new GradeBand(part, Scores.of("0")));
            } else {
                throw new DomainException(Problem.of("problem.grades.unreadable", part));
            }
        }
        if (bands.isEmpty()) {
            throw new DomainException(Problem.of("problem.grades.unreadable", text == null ? "" : text));
        }
        return new GradeBands(bands);
    }
}
