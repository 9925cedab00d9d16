package com.logicheck.ui.templates;

/** Style-class names of the template screens in {@code fxml/theme.css} (block "editor"). */
final class EditorStyles {
    static final String PREVIEW_SECTION = "editor-preview-section";
    static final String PREVIEW_ITEM = "editor-preview-item";
    static final String FINDING_ERROR = "editor-finding-error";
    static final String FINDING_WARNING = "editor-finding-warning";

    private EditorStyles() {
    }
}
