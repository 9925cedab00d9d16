package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled WenQuanYi Micro Hei (ADR 0002), embedded in every PDF as a subset. The collection's bytes are read
 * once and parsed once per writing thread (see {@link #load}).
 */
public final class CjkFont {
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    public static final String NAME = "WenQuanYi Micro Hei";
    private byte[] collection;
    private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(this::parse);
    /** Advance widths by code point, the same in every document (at size 1; negative: no glyph). */
    private final Map<Integer, Float> widths = new ConcurrentHashMap<>();

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

    /**
     * A font for one document. Parsing the collection's tables (the cmap of some 30,000 glyphs above all) cost more
     * than laying out a whole sheet, so each thread parses it once and reuses it for every document it writes: a
     * PDFBox TrueTypeFont may serve many documents (PDFBox's own font cache does the same) but not two threads at
     * once, and a document is written and saved on one thread.
     */
    public Font load(PDDocument doc) {
        try {
            PDType0Font font = PDType0Font.load(doc, parsed.get(), true);
            return new Font(font, widths);
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    private TrueTypeFont parse() {
        try {
            TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(collection()));
            TrueTypeFont ttf = ttc.getFontByName(NAME.replace(" ", ""));
            if (ttf == null) {
                ttf = ttc.getFontByName(NAME);
            }
            if (ttf == null) {
                throw new IllegalStateException("font " + NAME + " not in " + RESOURCE);
            }
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loaded font with a per-character width cache and a filter for characters it cannot draw. */
    public static final class Font {
        private final PDType0Font font;
        private final Map<Integer, Float> widths;

        Font(PDType0Font font, Map<Integer, Float> widths) {
            this.font = font;
            this.widths = widths;
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
