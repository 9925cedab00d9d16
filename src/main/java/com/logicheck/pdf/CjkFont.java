package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled WenQuanYi Micro Hei (ADR 0002), embedded in every PDF as a subset. The collection's bytes are read
 * once; each document parses its own copy, because PDFBox fonts are not shared between documents.
 */
public final class CjkFont {
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    public static final String NAME = "WenQuanYi Micro Hei";
    private byte[] collection;

    /** The font file's bytes, read on first use. */
    private synchronized byte[] collection() {
        if (collection == null) {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + RESOURCE);
                }
                collection = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + RESOURCE, e);
            }
        }
        return collection;
    }

    /** A font for one document; the document closes the parsed collection with itself. */
    public Font load(PDDocument doc) {
        try {
            TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(collection()));
            TrueTypeFont ttf = ttc.getFontByName(NAME.replace(" ", ""));
            if (ttf == null) {
                ttf = ttc.getFontByName(NAME);
            }
            if (ttf == null) {
                throw new IllegalStateException("font " + NAME + " not in " + RESOURCE);
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            doc.registerTrueTypeFontForClosing(ttf);
            return new Font(font);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /** The loaded font with a per-character width cache and a filter for characters it cannot draw. */
    public static final class Font {
        private final PDType0Font font;
        private final Map<Integer, Float> widths = new HashMap<>();

        Font(PDType0Font font) {
            this.font = font;
        }

        public PDType0Font pdFont() {
            return font;
        }

        /** Width of one code point at size 1 (in text space units ÷ 1000); 0 when the font has no glyph. */
        float advance(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
                } catch (IOException | IllegalArgumentException e) {
                    return -1f;
                }
            });
        }

        public float width(String text, float size) {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                w += Math.max(0, advance(cp));
                i += Character.charCount(cp);
            }
            return w * size;
        }

        /**
         * The text with control characters as spaces and characters the font lacks as '?' (PDF/A forbids .notdef).
         * ℃ and ℉ have empty glyphs in WenQuanYi Micro Hei (they would print as blanks), so they become °C and °F,
         * as on screen (ui.common.DisplayText).
         */
        public String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    sb.append('\n');
                } else if (cp == '℃' || cp == '℉') {
                    sb.append('°').append(cp == '℃' ? 'C' : 'F');
                } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                    sb.append(' ');
                } else if (advance(cp) < 0) {
                    sb.append('?');
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            return sb.toString();
        }
    }
}
