package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.UiFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@DatabaseTest
class QuantityInputTest {
    final Messages messages = Messages.forLanguage("zh");

    private TemplateItem item(String code) {
        return UiFixture.sheet().items().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachRuleTypeExplainsItself() {
        QuantityInput count = new QuantityInput(item("A1"), 0, messages);
        QuantityInput days = new QuantityInput(item("A1"), 1, messages);
        QuantityInput percent = new QuantityInput(item("A3"), 0, messages);
        QuantityInput range = new QuantityInput(item("A5"), 0, messages);
        assertThat(count.label()).isEqualTo("每缺一项");
        assertThat(count.unit()).isEqualTo("次");
        assertThat(count.hint()).isEqualTo("每次扣 1 分");
        assertThat(days.unit()).isEqualTo("天");
        assertThat(days.hint()).isEqualTo("每天扣 0.2 分");
        assertThat(percent.hint()).isEqualTo("每 10% 扣 0.5 分");
        assertThat(range.unit()).isEqualTo("分");
        assertThat(range.hint()).isEqualTo("扣 1～3 分，步长 0.5（↑↓ 调整，不扣留空）");
        assertThat(range.isRange()).isTrue();
    }

    @Test
    void blankIsZeroAndFullWidthDigitsCount() {
        QuantityInput count = new QuantityInput(item("A1"), 0, messages);
        assertThat(count.value(messages)).isEqualByComparingTo("0");
        count.textProperty().set(" ３ ");
        assertThat(count.value(messages)).isEqualByComparingTo("3");
        count.show(new BigDecimal("0"));
        assertThat(count.textProperty().get()).isEmpty();
        count.show(new BigDecimal("2.50"));
        assertThat(count.textProperty().get()).isEqualTo("2.5");
    }

    @Test
    void rangeStepsAlongItsGrid() {
        QuantityInput range = new QuantityInput(item("A5"), 0, messages);
        range.step(1);
        assertThat(range.textProperty().get()).isEqualTo("1");
        range.step(1);
        range.step(1);
        range.step(1);
        range.step(1);
        assertThat(range.textProperty().get()).isEqualTo("3");
        range.step(1);
        assertThat(range.textProperty().get()).isEqualTo("3");
        range.step(-1);
        assertThat(range.textProperty().get()).isEqualTo("2.5");
        range.textProperty().set("1");
        range.step(-1);
        assertThat(range.textProperty().get()).isEmpty();
    }
}
