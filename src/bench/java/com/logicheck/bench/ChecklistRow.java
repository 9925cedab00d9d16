package com.logicheck.bench;

import java.io.PrintStream;
import java.util.Map;

/** Opening the 100-item draft in the checklist screen, against loading its data without UI ({@link ChecklistProbe}). */
final class ChecklistRow {
    private final ChildJvm jvm;
    private final DatasetInfo dataset;
    private final BenchOptions options;

    ChecklistRow(ChildJvm jvm, DatasetInfo dataset, BenchOptions options) {
        this.jvm = jvm;
        this.dataset = dataset;
        this.options = options;
    }

    void measure(ResultTable table, PrintStream out) {
        out.printf("row: %s (%d runs after %d warm-up) …%n", Rows.CHECKLIST, options.checklistRuns(),
                options.checklistWarmUp());
        try {
            Map<String, String> r = jvm.results("checklist", ChecklistProbe.class.getName(), dataset.dir().toString(),
                    dataset.checklistDraft().toString(), String.valueOf(options.checklistRuns()),
                    String.valueOf(options.checklistWarmUp()));
            if (r.containsKey("missing")) {
                table.notMeasured(Rows.CHECKLIST, "≤ 200 ms", "not measured yet: the checklist screen (branch ui) "
                        + "is not on main yet (" + r.get("missing") + ")");
                return;
            }
            table.absolute(Rows.CHECKLIST, Double.parseDouble(r.get("ui.median")),
                    Double.parseDouble(r.get("data.median")), "ms", 200);
            table.note("checklist row: median of " + r.get("runs") + " runs, from the navigator's checklist(…) call "
                    + "to the first layout pulse with all " + r.get("rows") + " rows in the list and a filled cell; "
                    + "baseline: the same sheet's data (sheet, template, answers, score) without UI");
        } catch (Exception e) {
            table.notMeasured(Rows.CHECKLIST, "≤ 200 ms", e.getMessage());
        }
    }
}
