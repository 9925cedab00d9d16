package com.logicheck.ui.common;

import java.util.List;

/**
 * What a file dialog asks for: its title (a message key), its extension filters, and which remembered folder it
 * starts in and moves. Written once so every screen's dialog keeps the title and filters it has always had.
 */
public enum FileKind {
    /** Where to export signed sheets (summary, batch export) or which folder to sync with. */
    EXPORT_FOLDER("signing.dialog.folder", Folder.SIGNED_SHEETS, true),
    /** Signed sheet PDFs to verify. */
    SIGNED_PDF("signing.dialog.pdfs", Folder.SIGNED_SHEETS, true, Filter.named("PDF", "*.pdf", "*.PDF")),
    /** A stored signature image; it starts in the export folder but does not move it. */
    SIGNATURE_IMAGE("signing.dialog.image", Folder.SIGNED_SHEETS, false, Filter.named("PNG", "*.png", "*.PNG")),
    /** The organisation's logo. */
    LOGO("setup.dialog.logo", Folder.SETUP, true,
            Filter.keyed("setup.dialog.images", "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.gif", "*.bmp")),
    /** A filled-in place or provider table. */
    PLACE_TABLE("setup.dialog.table", Folder.SETUP, true,
            Filter.keyed("setup.dialog.tables", "*.xlsx", "*.XLSX", "*.csv", "*.CSV")),
    /** Where the first-run wizard writes its example files, or the settings' sync folder. */
    SETUP_FOLDER("setup.dialog.folder", Folder.SETUP, true),
    /** 加入已有单位: the sync folder to read the organisation's reference package from. */
    JOIN_FOLDER("setup.dialog.joinFolder", Folder.SETUP, true),
    /** Where to save a blank survey form. */
    SURVEY_FORM_TO_SAVE("entries.dialog.saveForm", Folder.ENTRIES, true, Filter.EXCEL),
    /** A filled survey form to import. */
    SURVEY_FORM("entries.dialog.openForm", Folder.ENTRIES, true, Filter.EXCEL),
    /** A survey export downloaded from 问卷星 or 问卷网 to import. */
    SURVEY_EXPORT("entries.dialog.openExport", Folder.ENTRIES, true, Filter.EXCEL),
    /** An evidence file for a veto event (scan, report, photo): any file. */
    EVIDENCE("entries.dialog.evidence", Folder.ENTRIES, true),
    /** A 考核表 workbook to import or export; starts in the platform's folder each time. */
    TEMPLATE_WORKBOOK("editor.dialog.workbook", Folder.NONE, true, Filter.EXCEL),
    /** Evidence photos: images first, any file allowed (the store refuses non-images). */
    PHOTOS("checklist.photo.choose", Folder.PHOTOS, true,
            Filter.keyed("checklist.photo.images", "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"),
            Filter.keyed("checklist.photo.allFiles", "*.*")),
    /** A label sheet (点位码标签) to write: a PDF, starting in the setup folder. */
    LABELS_PDF("refdata.places.reprintSave", Folder.SETUP, true, Filter.named("PDF", "*.pdf", "*.PDF")),
    /** A backup file to restore; starts in the platform's folder each time. */
    BACKUP("backup.ui.chooseFile", Folder.NONE, true, Filter.keyed("backup.ui.zipFiles", "*.zip"));

    private final String titleKey;
    private final Folder folder;
    private final boolean movesFolder;
    private final List<Filter> filters;

    FileKind(String titleKey, Folder folder, boolean movesFolder, Filter... filters) {
        this.titleKey = titleKey;
        this.folder = folder;
        this.movesFolder = movesFolder;
        this.filters = List.of(filters);
    }

    public String titleKey() {
        return titleKey;
    }

    /** The remembered folder the dialog starts in. */
    public Folder folder() {
        return folder;
    }

    /** Whether the choice becomes the folder the next dialog of the same {@link #folder()} starts in. */
    public boolean movesFolder() {
        return movesFolder;
    }

    public List<Filter> filters() {
        return filters;
    }

    /**
     * The folders remembered in a session, one per group of screens (the signed-sheet screens, the setup screens,
     * the entry screens, the photo choosers); {@code NONE} dialogs start in the platform's folder each time.
     */
    public enum Folder { SIGNED_SHEETS, SETUP, ENTRIES, PHOTOS, NONE }

    /** One extension filter: its label (a literal, or a message key when {@code translated}) and its patterns. */
    public record Filter(String label, boolean translated, List<String> patterns) {
        static final Filter EXCEL = named("Excel (*.xlsx)", "*.xlsx", "*.XLSX");

        static Filter named(String label, String... patterns) {
            return new Filter(label, false, List.of(patterns));
        }

        static Filter keyed(String labelKey, String... patterns) {
            return new Filter(labelKey, true, List.of(patterns));
        }
    }
}
