package com.logicheck.domain.template;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 评分标准 in words: prints {@link DeductionRule}s the way the seeds phrase them (每缺一项扣1分, 延迟一天扣0.2分,
 * 满意率低于95%的，每低5%扣1分, 违反规定扣1~3分) and reads such phrases back. The printed form of any rule parses
 * back to the same rule; real seed wording ("1、每缺一项扣1分,延迟一天扣0.2分,依此类推。") parses too.
 *
 * <p>Grammar of one clause, tried in this order:
 * <ul>
 *   <li>range: {@code [名称][每项各]扣a~b分[（步长s分）]} (step 0.5 when not written);</li>
 *   <li>per unit: {@code 名称[的]，每[动词]n单位扣p分}, {@code 每动词n单位扣p分}, or {@code 名称一天扣p分} for time
 *       units — units are measures (天, 小时, %, 米 …), not counted things (项, 次, 处);</li>
 *   <li>per occurrence: anything else ending in {@code 扣p分}; {@code 名称，每项扣p分} becomes 名称（每项）.</li>
 * </ul>
 * Clauses are separated by ；。 or new lines, and by ， where the part before has no 扣…分 of its own
 * (so 满意率低于90%的，每低10%扣1分 stays one clause). Numbering (1、 ① （2）) and 依此类推 are ignored.
 */
public final class CriteriaPhrases {
    /** Separates the clauses this class prints. */
    public static final String SEPARATOR = "；";
    /** In a cell that shows the sheet's own wording, introduces the rules when that wording is not their exact form. */
    public static final String RULES_MARKER = "计分规则：";
    private static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");
    private static final String NUM = "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十])";
    private static final String TIME_UNITS = "天|日|小时|分钟|周|个月|月|年";
    private static final String MEASURE_UNITS = "%|" + TIME_UNITS + "|平方米|立方米|米|公里|千克|公斤|吨|元|度";
    private static final Pattern RANGE = Pattern.compile(
            "^(.*?)(?:每项各|各)?扣" + NUM + "\\s*[~\\-至到]\\s*" + NUM + "分(?:[（(]步长" + NUM + "分[）)])?$");
    private static final Pattern UNIT_AFTER_COMMA = Pattern.compile(
            "^(.+?)的?[，,]\\s*每([^0-9%，,]{0,4}?)" + NUM + "(" + MEASURE_UNITS + ")扣" + NUM + "分$");
    private static final Pattern UNIT_EVERY = Pattern.compile(
            "^每([^0-9%，,]{0,6}?)" + NUM + "(" + MEASURE_UNITS + ")扣" + NUM + "分$");
    private static final Pattern UNIT_TIME = Pattern.compile("^(.+?)" + NUM + "(" + TIME_UNITS + ")扣" + NUM + "分$");
    private static final Pattern OCCURRENCE = Pattern.compile(
            "^(.*?)(?:[，,]\\s*(每(?:项|次|处|人次|人|台次|台|个|件|批次|批)))?扣" + NUM + "分$");
    private static final Pattern HAS_POINTS = Pattern.compile("扣" + NUM + "(?:\\s*[~\\-至到]\\s*" + NUM + ")?分");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+[、)）]|\\d+[.](?!\\d)|[（(]\\d+[)）]|[①-⑳])\\s*");
    private static final Set<String> FILLERS = Set.of("依此类推", "以此类推", "依次类推", "扣完为止", "扣完即止",
            "扣完本项分值为止", "本项分值扣完为止");
    private static final Map<Character, Integer> CHINESE_DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4,
            '五', 5, '六', 6, '七', 7, '八', 8, '九', 9);

    private CriteriaPhrases() {
    }

    /** Rules read from a text, with a problem for every part that could not be read. */
    public record Parsed(List<DeductionRule> rules, List<Problem> problems) {
        public Parsed {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A 评分标准 cell: the wording the sheet prints and the rules it scores by. */
    public record Cell(String criteria, Parsed parsed) {
    }

    public static String print(List<DeductionRule> rules) {
        return String.join(SEPARATOR, rules.stream().map(CriteriaPhrases::print).toList());
    }

    public static String print(DeductionRule rule) {
        String label = rule.label() == null ? "" : rule.label().strip();
        if (rule instanceof DeductionRule.PerOccurrence p) {
            return label + "扣" + f(p.points()) + "分";
        } else if (rule instanceof DeductionRule.PerUnit u) {
            String unit = u.unit() == null ? "" : u.unit().strip();
            boolean one = u.unitSize() != null && u.unitSize().compareTo(BigDecimal.ONE) == 0;
            if (one && !label.isEmpty() && unit.matches(TIME_UNITS)) {
                return label + "一" + unit + "扣" + f(u.points()) + "分";
            }
            String size = one && !unit.equals("%") ? "一" : f(u.unitSize());
            return (label.isEmpty() ? "" : label + "，") + "每" + size + unit + "扣" + f(u.points()) + "分";
        }
        DeductionRule.Range r = (DeductionRule.Range) rule;
        String step = r.step() == null || r.step().compareTo(DEFAULT_STEP) == 0 ? "" : "（步长" + f(r.step()) + "分）";
        return label + "扣" + f(r.min()) + "~" + f(r.max()) + "分" + step;
    }

    /**
     * The cell text for an item: its own wording when that reads back as exactly its rules, else the wording
     * followed by a line {@link #RULES_MARKER} with the rules in their printed form.
     */
    public static String cellText(String criteria, List<DeductionRule> rules) {
        String text = criteria == null ? "" : criteria.strip();
        if (!text.isEmpty() && sameRules(parse(text), rules)) {
            return text;
        }
        String printed = print(rules);
        return text.isEmpty() || text.equals(printed) ? printed : text + "\n" + RULES_MARKER + printed;
    }

    /** Reads a cell written by {@link #cellText} or by hand. */
    public static Cell readCell(String cell) {
        String text = cell == null ? "" : cell.strip();
        int marker = text.indexOf(RULES_MARKER);
        if (marker >= 0) {
            String wording = text.substring(0, marker).strip();
            Parsed parsed = parse(text.substring(marker + RULES_MARKER.length()));
            return new Cell(wording.isEmpty() ? print(parsed.rules()) : wording, parsed);
        }
        return new Cell(text, parse(text));
    }

    public static Parsed parse(String text) {
        List<DeductionRule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String normal = normalise(text == null ? "" : text);
        if (normal.isBlank()) {
            problems.add(Problem.of("problem.criteria.empty"));
            return new Parsed(rules, problems);
        }
        StringBuilder pending = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= normal.length(); i++) {
            char c = i < normal.length() ? normal.charAt(i) : '\n';
            if (c == '；' || c == ';' || c == '。' || c == '\n' || c == '，' || c == ',') {
                String segment = stripNumbering(normal.substring(start, i).strip());
                start = i + 1;
                if (segment.isEmpty() || FILLERS.contains(segment)) {
                    continue;
                }
                pending.append(segment);
                if (!HAS_POINTS.matcher(pending).find()) {
                    if (c == '，' || c == ',') {
                        pending.append(c);
                    }
                    continue;
                }
                readClause(pending.toString(), rules, problems);
                pending.setLength(0);
            }
        }
        String rest = pending.toString().replaceAll("[，,]$", "").strip();
        if (!rest.isEmpty() && !FILLERS.contains(rest)) {
            problems.add(Problem.of("problem.criteria.unreadable", rest));
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("problem.criteria.empty"));
        }
        return new Parsed(rules, problems);
    }

    private static void readClause(String clause, List<DeductionRule> rules, List<Problem> problems) {
        Matcher m = RANGE.matcher(clause);
        if (m.matches()) {
            rules.add(new DeductionRule.Range(m.group(1).strip(), n(m.group(2)), n(m.group(3)),
                    m.group(4) == null ? Scores.normalise(DEFAULT_STEP) : n(m.group(4))));
            return;
        }
        m = UNIT_AFTER_COMMA.matcher(clause);
        if (m.matches()) {
            rules.add(new DeductionRule.PerUnit(m.group(1).strip(), m.group(4), n(m.group(3)), n(m.group(5))));
            return;
        }
        m = UNIT_EVERY.matcher(clause);
        if (m.matches()) {
            rules.add(new DeductionRule.PerUnit(m.group(1).strip(), m.group(3), n(m.group(2)), n(m.group(4))));
            return;
        }
        m = UNIT_TIME.matcher(clause);
        if (m.matches()) {
            String label = m.group(1).strip();
            label = label.startsWith("每") ? label.substring(1) : label;
            rules.add(new DeductionRule.PerUnit(label, m.group(3), n(m.group(2)), n(m.group(4))));
            return;
        }
        m = OCCURRENCE.matcher(clause);
        if (m.matches() && !m.group(1).contains("扣")) {
            String label = m.group(1).strip();
            if (m.group(2) != null) {
                label = label + "（" + m.group(2) + "）";
            }
            rules.add(new DeductionRule.PerOccurrence(label, n(m.group(3))));
            return;
        }
        problems.add(Problem.of("problem.criteria.unreadable", clause));
    }

    /** True when the text reads back as exactly these rules. */
    public static boolean sameRules(Parsed parsed, List<DeductionRule> rules) {
        return parsed.ok() && parsed.rules().equals(rules.stream().map(CriteriaPhrases::normalised).toList());
    }

    /** The rule with its numbers at the scale of scores and its words trimmed, as {@link #parse} returns it. */
    public static DeductionRule normalised(DeductionRule rule) {
        String label = rule.label() == null ? "" : rule.label().strip();
        if (rule instanceof DeductionRule.PerOccurrence p) {
            return new DeductionRule.PerOccurrence(label, s(p.points()));
        } else if (rule instanceof DeductionRule.PerUnit u) {
            return new DeductionRule.PerUnit(label, u.unit() == null ? "" : u.unit().strip(), s(u.unitSize()), s(u.points()));
        }
        DeductionRule.Range r = (DeductionRule.Range) rule;
        return new DeductionRule.Range(label, s(r.min()), s(r.max()), s(r.step()));
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '～' || c == '〜' || c == '－' || c == '—' || c == '–') {
                b.append(c == '～' || c == '〜' ? '~' : '-');
            } else if (c == '％') {
                b.append('%');
            } else if (c == '\r') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String stripNumbering(String segment) {
        return NUMBERING.matcher(segment).replaceFirst("").strip();
    }

    private static BigDecimal n(String number) {
        if (number.length() == 1 && CHINESE_DIGITS.containsKey(number.charAt(0))) {
            return Scores.normalise(BigDecimal.valueOf(CHINESE_DIGITS.get(number.charAt(0))));
        }
        if (number.equals("十")) {
            return Scores.normalise(BigDecimal.TEN);
        }
        return Scores.of(number);
    }

    private static BigDecimal s(BigDecimal value) {
        return value == null ? null : Scores.normalise(value);
    }

    private static String f(BigDecimal value) {
        return value == null ? "" : Scores.format(value);
    }
}
