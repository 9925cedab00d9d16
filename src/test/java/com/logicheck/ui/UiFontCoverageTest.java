package com.logicheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Headless snapshots draw missing glyphs as boxes while text assertions still pass; this test reads the
 * bundled UI font itself and fails when any Chinese string of the app has a character it cannot draw.
 */
class UiFontCoverageTest {
    private static Font font;

    @BeforeAll
    static void loadBundledFont() throws Exception {
        try (InputStream in = UiFontCoverageTest.class.getResourceAsStream(UiFonts.RESOURCE)) {
            assertThat(in).as("bundled font " + UiFonts.RESOURCE).isNotNull();
            Font[] fonts = Font.createFonts(in);
            font = Stream.of(fonts).filter(f -> f.getFamily(Locale.ENGLISH).equals(UiFonts.FAMILY)).findFirst().orElseThrow();
        }
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static void assertDrawable(String where, String text) {
        String visible = text.replace("\n", "").replace("\t", "");
        int bad = font.canDisplayUpTo(visible);
        assertThat(bad).as("%s: cannot draw '%s' in \"%s\"", where,
                bad >= 0 ? visible.substring(bad, visible.offsetByCodePoints(bad, 1)) : "", text).isEqualTo(-1);
        // a mapped character can still have an empty outline (℃ in this font draws nothing)
        visible.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            GlyphVector g = font.deriveFont(12f).createGlyphVector(FRC, ch);
            assertThat(g.getGlyphOutline(0).getBounds2D().isEmpty()).as("%s: '%s' draws as a blank in \"%s\"", where,
                    ch, text).isFalse();
        });
    }

    @Test
    void everyStringOfBothLanguagesCanBeDrawn() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                assertDrawable(locale + ":" + key, bundle.getString(key));
            }
        }
    }

    @Test
    void everyBuiltInTemplateTextCanBeDrawn() {
        for (ChecklistTemplate t : new BuiltInTemplates(new TemplateFiles()).load()) {
            List<String> texts = new ArrayList<>(List.of(t.title()));
            t.sections().forEach(s -> texts.add(s.title()));
            t.items().forEach(i -> {
                texts.addAll(List.of(i.content(), i.requirement(), i.criteria(), i.remark()));
                i.rules().stream().map(DeductionRule::label).forEach(texts::add);
                i.rules().stream().filter(r -> r instanceof DeductionRule.PerUnit)
                        .map(r -> ((DeductionRule.PerUnit) r).unit()).forEach(texts::add);
            });
            t.gradeBands().bands().forEach(b -> texts.add(b.name()));
            texts.forEach(text -> assertDrawable(t.code(), text));
        }
    }

    @Test
    void theCheckFindsMappedCharactersThatDrawNothing() {
        GlyphVector g = font.deriveFont(12f).createGlyphVector(FRC, "℃");
        assertThat(g.getGlyphOutline(0).getBounds2D().isEmpty()).isTrue();
    }

    @Test
    void theCheckCanFailOnACharacterTheFontLacks() {
        // 𠀀 (U+20000, CJK extension B) is outside WenQuanYi Micro Hei's coverage
        assertThat(font.canDisplayUpTo("检查\uD840\uDC00")).isEqualTo(2);
    }
}
