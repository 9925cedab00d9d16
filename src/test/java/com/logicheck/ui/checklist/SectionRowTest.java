package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SectionScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A heading's score in words that add up, without a toolkit or a database. */
class SectionRowTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    private static SectionRow heading(String subtotal, String capacity, String deduction, String earned) {
        SectionRow row = new SectionRow(0, new TemplateSection("管理", new BigDecimal(subtotal), List.of()));
        row.setScore(new SectionScore("管理", new BigDecimal(subtotal), new BigDecimal(capacity),
                new BigDecimal(deduction), new BigDecimal(earned)));
        return row;
    }

    @Test
    void aNotApplicableItemIsShownAsLeavingTheHeadingNotAsADeduction() {
        // the inspector's case: 小计 35, one 5-point item 不适用 (rescale), 2.5 deducted — was shown as 「小计 35 · 得 27.5」
        SectionRow row = heading("35", "30", "2.5", "27.5");
        assertThat(row.scoreText(zh)).isEqualTo("小计 35 − 不适用 5 − 扣 2.5 = 得 27.5 分");
        assertThat(row.scoreText(en)).isEqualTo("Subtotal 35 − 5 N/A − 2.5 deducted = 27.5");
    }

    @Test
    void withoutNotApplicableItemsSubtotalLessDeductionIsTheScore() {
        SectionRow row = heading("20", "20", "2.6", "17.4");
        assertThat(row.scoreText(zh)).isEqualTo("小计 20 − 扣 2.6 = 得 17.4 分");
        assertThat(row.scoreText(en)).isEqualTo("Subtotal 20 − 2.6 deducted = 17.4");
    }
}
