package com.logicheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's table: each figure beside its baseline from the same run, the ratio, the goal, the verdict. */
final class ResultTable {
    record Row(String name, String measured, String baseline, String ratio, String goal, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A row whose goal is on the measured figure itself. */
    void absolute(String name, double measured, double baseline, String unit, double goal) {
        rows.add(new Row(name, format(measured, unit), format(baseline, unit), ratio(measured, baseline),
                "≤ " + format(goal, unit), measured <= goal ? "pass" : "FAIL"));
    }

    /** A row whose goal is on the ratio to its baseline. */
    void relative(String name, double measured, double baseline, String unit, double goalRatio) {
        double r = measured / baseline;
        rows.add(new Row(name, format(measured, unit), format(baseline, unit), ratio(measured, baseline),
                "≤ " + String.format(Locale.ROOT, "%.1f×", goalRatio), r <= goalRatio ? "pass" : "FAIL"));
    }

    void notMeasured(String name, String goal, String why) {
        rows.add(new Row(name, "not measured", "–", "–", goal, "not measured"));
        notes.add(name + ": not measured: " + why);
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| row | measured | baseline | ratio | goal | pass/fail |\n");
        sb.append("|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(String.join(" | ", r.name(), r.measured(), r.baseline(), r.ratio(), r.goal(),
                    r.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        return sb.toString();
    }

    private static String ratio(double measured, double baseline) {
        return baseline > 0 ? String.format(Locale.ROOT, "%.2f×", measured / baseline) : "–";
    }

    private static String format(double value, String unit) {
        String number = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        return number + " " + unit;
    }
}
