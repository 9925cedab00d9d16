package com.logicheck.domain.assessment;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A survey export (问卷星, 问卷网) turned into the month's responses through the scheme's {@link SurveyColumns}: all or
 * nothing. Every fault is listed by row and column — a mapped column the file does not have, a score that is not a
 * number or is out of range, a category or kind the scheme does not know, too few answer sheets for the trimmed
 * mean — and then nothing is imported.
 */
public final class SurveyExport {
    private static final Map<String, RespondentKind> KINDS = Map.ofEntries(
            Map.entry("教职工", RespondentKind.STAFF), Map.entry("职工", RespondentKind.STAFF),
            Map.entry("教师", RespondentKind.STAFF), Map.entry("老师", RespondentKind.STAFF),
            Map.entry("员工", RespondentKind.STAFF), Map.entry("staff", RespondentKind.STAFF),
            Map.entry("学生", RespondentKind.STUDENT), Map.entry("student", RespondentKind.STUDENT),
            Map.entry("其他", RespondentKind.OTHER), Map.entry("other", RespondentKind.OTHER));

    private SurveyExport() {
    }

    /** The export as read: header texts and the answer rows (Excel row number, each cell's text as shown). */
    public record Table(List<String> headers, List<Row> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }

    /** The responses, or a {@link DomainException} listing every fault. */
    public static List<SurveyResponse> responses(SurveyRule rule, SurveyColumns columns, Table table) {
        List<Problem> problems = new ArrayList<>();
        if ((columns.score() == null) == (columns.category() == null)) {
            problems.add(Problem.of("problem.surveyExport.scoreOrCategory"));
        }
        if (columns.category() != null && rule.categories().isEmpty()) {
            problems.add(Problem.of("problem.surveyExport.noCategories"));
        }
        int score = column(table, columns.score(), problems);
        int category = column(table, columns.category(), problems);
        int respondent = column(table, columns.respondent(), problems);
        int kind = column(table, columns.kind(), problems);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        List<SurveyResponse> out = new ArrayList<>();
        for (Row row : table.rows()) {
            BigDecimal value = category >= 0 ? category(rule, row, category, table, problems)
                    : score(rule, row, score, table, problems);
            RespondentKind k = RespondentKind.OTHER;
            if (kind >= 0) {
                k = KINDS.get(row.cell(kind).toLowerCase(Locale.ROOT));
                if (k == null) {
                    problems.add(Problem.of("problem.surveyFile.kind", String.valueOf(row.number()), name(table, kind), row.cell(kind)));
                }
            }
            if (value != null && k != null) {
                out.add(new SurveyResponse(null, k, respondent >= 0 ? row.cell(respondent) : "", value));
            }
        }
        if (table.rows().size() < rule.minRespondents()) {
            problems.add(Problem.of("problem.surveyFile.tooFew", table.rows().size(), rule.minRespondents(),
                    rule.dropHighest(), rule.dropLowest()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    private static BigDecimal score(SurveyRule rule, Row row, int column, Table table, List<Problem> problems) {
        String text = row.cell(column);
        String where = name(table, column);
        if (text.isEmpty()) {
            problems.add(Problem.of("problem.surveyFile.noScore", String.valueOf(row.number()), where));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.endsWith("分") ? text.substring(0, text.length() - 1).strip() : text);
        } catch (NumberFormatException e) {
            problems.add(Problem.of("problem.surveyFile.notNumber", String.valueOf(row.number()), where, text));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(rule.maxScore()) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of("problem.surveyFile.outOfRange", String.valueOf(row.number()), where,
                    value.stripTrailingZeros().toPlainString(), Scores.format(rule.maxScore())));
            return null;
        }
        return Scores.normalise(value);
    }

    private static BigDecimal category(SurveyRule rule, Row row, int column, Table table, List<Problem> problems) {
        String text = row.cell(column);
        return rule.categories().stream().filter(c -> c.name().equals(text)).findFirst()
                .map(c -> Scores.normalise(c.score())).orElseGet(() -> {
                    problems.add(Problem.of("problem.surveyExport.category", String.valueOf(row.number()), name(table, column), text,
                            rule.categories().stream().map(SurveyCategory::name).toList()));
                    return null;
                });
    }

    /** The 0-based index of the mapped header, -1 when not mapped; a header the file lacks is a problem. */
    private static int column(Table table, String header, List<Problem> problems) {
        if (header == null) {
            return -1;
        }
        int i = table.headers().stream().map(String::strip).toList().indexOf(header);
        if (i < 0) {
            problems.add(Problem.of("problem.surveyExport.noColumn", header));
        }
        return i;
    }

    /** "C（2、您的总体评分）": the column letter and its header. */
    private static String name(Table table, int column) {
        return letters(column) + "（" + table.headers().get(column) + "）";
    }

    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
