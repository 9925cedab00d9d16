package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.i18n.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference data a new organisation types or imports: places as rows 院区 | 楼栋 | 楼层 | 区域 (one row per place,
 * a blank cell skips that level) and providers as rows 企业名称 | 简称 | 服务类别 (several, separated by 、 or commas).
 * Every bad row is reported with its row number, and a table with any bad row is refused as a whole.
 */
public final class ReferenceRows {
    public static final int NAME_MAX = 200;
    public static final int SHORT_MAX = 50;
    private static final Map<String, ServiceLine> SYNONYMS = synonyms();

    private ReferenceRows() {
    }

    /** One row of the place table; blank strings for levels not used. */
    public record PlaceLine(String site, String building, String floor, String area) {
        public PlaceLine {
            site = clean(site);
            building = clean(building);
            floor = clean(floor);
            area = clean(area);
        }

        public List<String> levels() {
            return List.of(site, building, floor, area);
        }

        boolean blank() {
            return levels().stream().allMatch(String::isEmpty);
        }
    }

    /** One row of the provider table. */
    public record ProviderLine(String name, String shortName, Set<ServiceLine> lines) {
        public ProviderLine {
            name = clean(name);
            shortName = clean(shortName);
            lines = lines.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lines));
        }
    }

    /** The rows of a place file (first row: headers), or every bad row's problem. Blank rows are skipped. */
    public static List<PlaceLine> places(List<List<String>> table) {
        List<PlaceLine> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            lines.add(new PlaceLine(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3)));
        }
        return checkPlaces(lines, 2);
    }

    /** Checks typed rows (numbered from {@code firstRow}); blank rows are dropped. */
    public static List<PlaceLine> checkPlaces(List<PlaceLine> lines, int firstRow) {
        List<Problem> problems = new ArrayList<>();
        List<PlaceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlaceLine p = lines.get(i);
            int row = firstRow + i;
            if (p.blank()) {
                continue;
            }
            if (p.site().isEmpty()) {
                problems.add(Problem.of("problem.setup.placeNoSite", row));
            } else if (p.levels().stream().anyMatch(s -> s.length() > NAME_MAX)) {
                problems.add(Problem.of("problem.setup.tooLong", row, NAME_MAX));
            } else if (p.levels().stream().anyMatch(s -> s.contains("/"))) {
                problems.add(Problem.of("problem.setup.placeSlash", row));
            } else {
                out.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    /** How one typed row stands, for the table to show beside it: blank, good, a duplicate of an earlier row, refused. */
    public enum RowStatus { BLANK, OK, DUPLICATE, ERROR }

    /** One row's standing and, unless it is blank or good, the reason ({@code problem}). */
    public record RowCheck(RowStatus status, Problem problem) {
    }

    /**
     * Each typed place row's standing (numbered from {@code firstRow}), with the rules of {@link #checkPlaces}; a row
     * with the same levels as an earlier one is a {@code DUPLICATE} (it is made only once).
     */
    public static List<RowCheck> placeChecks(List<PlaceLine> lines, int firstRow) {
        List<RowCheck> out = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PlaceLine p = lines.get(i);
            int row = firstRow + i;
            if (p.blank()) {
                out.add(new RowCheck(RowStatus.BLANK, null));
                continue;
            }
            try {
                checkPlaces(List.of(p), row);
            } catch (DomainException e) {
                out.add(new RowCheck(RowStatus.ERROR, e.first()));
                continue;
            }
            Integer earlier = seen.putIfAbsent(p.levels(), row);
            out.add(earlier == null ? new RowCheck(RowStatus.OK, null)
                    : new RowCheck(RowStatus.DUPLICATE, Problem.of("problem.setup.placeTwice", row, earlier)));
        }
        return out;
    }

    /**
     * Each typed provider row's standing (numbered from {@code firstRow}), with the rules of {@link #checkProviders};
     * a name met in an earlier row is a {@code DUPLICATE} (refused at 下一步 as before).
     */
    public static List<RowCheck> providerChecks(List<String[]> rows, int firstRow) {
        List<RowCheck> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = firstRow + i;
            List<Problem> problems = new ArrayList<>();
            List<ProviderLine> good = checkProviders(List.<String[]>of(rows.get(i)), row, problems);
            if (!problems.isEmpty()) {
                out.add(new RowCheck(RowStatus.ERROR, problems.get(0)));
            } else if (good.isEmpty()) {
                out.add(new RowCheck(RowStatus.BLANK, null));
            } else {
                Integer earlier = seen.putIfAbsent(good.get(0).name(), row);
                out.add(earlier == null ? new RowCheck(RowStatus.OK, null) : new RowCheck(RowStatus.DUPLICATE,
                        Problem.of("problem.setup.providerTwice", row, good.get(0).name())));
            }
        }
        return out;
    }

    /** The rows of a provider file (first row: headers), or every bad row's problem. */
    public static List<ProviderLine> providers(List<List<String>> table) {
        List<Problem> problems = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            raw.add(new String[] {cell(row, 0), cell(row, 1), cell(row, 2)});
        }
        List<ProviderLine> out = checkProviders(raw, 2, problems);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    /** Typed rows (name, short name, service lines as text), numbered from {@code firstRow}; blank rows are dropped. */
    public static List<ProviderLine> checkProviders(List<String[]> rows, int firstRow) {
        List<Problem> problems = new ArrayList<>();
        List<ProviderLine> out = checkProviders(rows, firstRow, problems);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    private static List<ProviderLine> checkProviders(List<String[]> rows, int firstRow, List<Problem> problems) {
        List<ProviderLine> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int row = firstRow + i;
            String name = clean(r[0]);
            String shortName = clean(r[1]);
            String linesText = clean(r[2]);
            if (name.isEmpty() && shortName.isEmpty() && linesText.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                problems.add(Problem.of("problem.setup.providerNoName", row));
                continue;
            }
            if (name.length() > NAME_MAX || shortName.length() > SHORT_MAX) {
                problems.add(Problem.of("problem.setup.providerTooLong", row, NAME_MAX, SHORT_MAX));
                continue;
            }
            if (!names.add(name)) {
                problems.add(Problem.of("problem.setup.providerTwice", row, name));
                continue;
            }
            Set<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
            String unknown = null;
            for (String part : linesText.split("[,，、;；/\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                ServiceLine line = SYNONYMS.get(part.strip().toLowerCase(Locale.ROOT));
                if (line == null) {
                    unknown = part.strip();
                    break;
                }
                lines.add(line);
            }
            if (unknown != null) {
                problems.add(Problem.of("problem.setup.serviceLineUnknown", row, unknown));
            } else if (lines.isEmpty()) {
                problems.add(Problem.of("problem.setup.serviceLineMissing", row));
            } else {
                out.add(new ProviderLine(name, shortName.isEmpty() ? shortOf(name) : shortName, lines));
            }
        }
        return out;
    }

    /** The service lines as a user types them: 绿化保洁、安保消防. */
    public static String linesText(Set<ServiceLine> lines, Messages messages) {
        return String.join("、", lines.stream().sorted().map(messages::label).toList());
    }

    /** A short name when none is given: the name without a trailing company form, at most 8 characters. */
    public static String shortOf(String name) {
        String s = name.replaceAll("(股份)?有限(责任)?公司$|集团$", "");
        return s.length() > 8 ? s.substring(0, 8) : s;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, ServiceLine> synonyms() {
        Map<String, ServiceLine> m = new HashMap<>();
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        for (ServiceLine l : ServiceLine.values()) {
            m.put(l.name().toLowerCase(Locale.ROOT), l);
            m.put(zh.label(l).toLowerCase(Locale.ROOT), l);
            m.put(en.label(l).toLowerCase(Locale.ROOT), l);
        }
        Map<String, ServiceLine> words = new LinkedHashMap<>();
        words.put("保洁", ServiceLine.ENVIRONMENT);
        words.put("绿化", ServiceLine.ENVIRONMENT);
        words.put("环境", ServiceLine.ENVIRONMENT);
        words.put("安保", ServiceLine.SECURITY);
        words.put("消防", ServiceLine.SECURITY);
        words.put("保安", ServiceLine.SECURITY);
        words.put("维修", ServiceLine.MAINTENANCE);
        words.put("工程", ServiceLine.MAINTENANCE);
        words.put("客服", ServiceLine.CUSTOMER_SERVICE);
        words.put("食堂", ServiceLine.CANTEEN);
        words.put("餐饮", ServiceLine.CANTEEN);
        words.put("物业", ServiceLine.PROPERTY);
        words.put("基础管理", ServiceLine.MANAGEMENT);
        m.putAll(words);
        return Map.copyOf(m);
    }
}
