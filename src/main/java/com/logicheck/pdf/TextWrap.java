package com.logicheck.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: Chinese between any two characters, Latin words and numbers kept
 * whole where they fit, and the usual 避头尾 rules (no 。，、；：）》” at the start of a line, no （《“ at its end).
 */
final class TextWrap {
    private static final String NO_LINE_START = "，。、；：！？）》」』”’％,.;:!?)]%";
    private static final String NO_LINE_END = "（《「『“‘([";

    private TextWrap() {
    }

    static List<String> lines(CjkFont.Font font, String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : font.printable(text).split("\n", -1)) {
            wrapParagraph(font, paragraph, size, width, lines);
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void wrapParagraph(CjkFont.Font font, String text, float size, float width, List<String> out) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            float w = 0;
            int lastBreak = -1;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                float cw = font.width(new String(Character.toChars(cp)), size);
                if (w + cw > width && end > start) {
                    break;
                }
                w += cw;
                end += Character.charCount(cp);
                if (end < text.length() && breakable(text, end)) {
                    lastBreak = end;
                }
            }
            if (end < text.length()) {
                // do not start the next line with closing punctuation: pull it onto this one
                while (end < text.length() && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end < text.length() && !breakable(text, end) && lastBreak > start) {
                    end = lastBreak;
                }
                while (end - 1 > start && NO_LINE_END.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            }
            out.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (text.isEmpty()) {
            out.add("");
        }
    }

    /** A line may break before {@code i} unless that splits a Latin word or number. */
    private static boolean breakable(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        return !(latin(before) && latin(after));
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '%' || c == '/' || c == '×'
                || c == '~');
    }
}
