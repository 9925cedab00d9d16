package com.logicheck.domain.template;

/** What 不适用 (N/A) items do to the sheet's score. */
public enum NaPolicy {
    /** N/A items leave the sheet; the score is rescaled to the template's total (usually 100). */
    RESCALE,
    /** An N/A item simply scores its max. */
    FULL_MARKS
}
