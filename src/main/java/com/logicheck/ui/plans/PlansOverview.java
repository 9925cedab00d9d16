package com.logicheck.ui.plans;

/**
 * The line over the plans of a month (how many plans, missed inspections, coverage short) with what 撤销 would undo,
 * as one value: both are read when the month's plans load.
 */
public record PlansOverview(String summary, boolean canUndo, String undoText) {

    /** Nothing loaded yet. */
    public static final PlansOverview NONE = new PlansOverview("", false, "");
}
