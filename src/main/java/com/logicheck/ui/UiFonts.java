package com.logicheck.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the bundled CJK font (WenQuanYi Micro Hei) so Chinese renders without any system font; the theme
 * CSS names its family. See ADR 0002.
 */
public final class UiFonts {
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static volatile boolean loaded;

    private UiFonts() {
    }

    /** Loads the font once; returns its family name. */
    public static synchronized String load() {
        if (!loaded) {
            try (InputStream in = UiFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + RESOURCE);
                }
                Font[] fonts = Font.loadFonts(in, 13);
                if (fonts == null || fonts.length == 0) {
                    throw new IllegalStateException("bundled font could not be loaded: " + RESOURCE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = true;
        }
        return FAMILY;
    }
}
