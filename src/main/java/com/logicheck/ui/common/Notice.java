package com.logicheck.ui.common;

/**
 * The sentence a screen shows under its work, with whether it reports a failure (red) or an outcome (plain), as
 * one value: the text and its colour always change together, so a view never shows a new sentence in the old one's
 * colour.
 */
public record Notice(String text, boolean failure) {

    /** Nothing to say. */
    public static final Notice NONE = new Notice("", false);

    /** An outcome: 已保存, 已撤销, … */
    public static Notice told(String text) {
        return new Notice(text, false);
    }

    /** A refusal or failure, in the user's words. */
    public static Notice failed(String text) {
        return new Notice(text, true);
    }
}
