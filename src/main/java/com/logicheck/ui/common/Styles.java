package com.logicheck.ui.common;

/** Style-class names of {@code fxml/theme.css}, as constants so code and theme cannot drift apart. */
public final class Styles {
    public static final String SECTION_ROW = "section-row";
    public static final String ITEM_ROW = "item-row";
    public static final String DEDUCTED = "deducted";
    public static final String UNANSWERED = "unanswered";
    public static final String BADGE = "badge";
    public static final String BADGE_PASS = "badge-pass";
    public static final String BADGE_DEDUCT = "badge-deduct";
    public static final String BADGE_NA = "badge-na";
    public static final String BADGE_OPEN = "badge-open";
    /** An item whose editor holds a refused value that is not saved (未保存). */
    public static final String BADGE_UNSAVED = "badge-unsaved";
    public static final String FIELD_ERROR = "field-error";
    public static final String ERROR_TEXT = "error-text";
    /** A message that reports a success (green). */
    public static final String OK_TEXT = "ok-text";
    public static final String MUTED = "muted";
    public static final String WARNING_TEXT = "warning-text";
    public static final String THUMBNAIL = "thumbnail";
    public static final String QUANTITY_LABEL = "quantity-label";
    /** 月度考核 tree: a deduction whose points came back (exemption or appeal), and the component / total rows. */
    public static final String ASSESS_RELIEVED = "assess-relieved";
    public static final String ASSESS_STRONG = "assess-strong";

    private Styles() {
    }
}
