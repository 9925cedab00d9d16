package com.logicheck.ui.templates;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The template screens' questions to the user: Excel files to open or save, and a title for a new template. */
public interface WorkbookDialogs {

    /** A 考核表 workbook to import. */
    Optional<Path> openWorkbook(Window owner);

    /** Where to save a workbook, suggesting {@code fileName}. */
    Optional<Path> saveWorkbook(Window owner, String fileName);

    /** A title for a new template or a copy, starting from {@code suggestion}; empty when cancelled. */
    Optional<String> askTitle(Window owner, String header, String suggestion);
}
