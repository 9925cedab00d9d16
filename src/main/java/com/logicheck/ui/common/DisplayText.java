package com.logicheck.ui.common;

/**
 * Template text as the screen shows it. The bundled WenQuanYi Micro Hei has empty glyphs for the letter-like
 * symbols ℃ and ℉ (they render as blanks: "不低于70 "), so they are shown as °C and °F, which it draws.
 * The stored text is not changed.
 */
public final class DisplayText {
    private DisplayText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('℃') < 0 && text.indexOf('℉') < 0 ? text : text.replace("℃", "°C").replace("℉", "°F");
    }
}
