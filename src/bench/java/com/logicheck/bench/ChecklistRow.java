package com.logicheck.bench;

import java.io.PrintStream;

/** Opening a 100-item draft in the checklist screen; waits for the checklist screen on main. */
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
        table.notMeasured(Rows.CHECKLIST, "≤ 200 ms", "the checklist screen (branch ui) has not landed on main yet");
    }
}
