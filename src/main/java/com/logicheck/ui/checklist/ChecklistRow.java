package com.logicheck.ui.checklist;

import javafx.beans.Observable;

/** One line of the checklist list: a 项目 heading ({@link SectionRow}) or an item ({@link ItemRow}). */
public sealed interface ChecklistRow permits SectionRow, ItemRow {

    /** Fires when what the line shows changes (score, answer); the list's extractor listens to it. */
    Observable changes();
}
