package com.logicheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** JavaFX only logs CSS syntax errors and drops the rest of the rule; a broken theme fails here instead. */
class ThemeCssTest {

    @Test
    void theThemeParsesWithoutErrors() throws Exception {
        URL theme = ThemeCssTest.class.getResource("/fxml/theme.css");
        assertThat(theme).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(theme);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(50);
    }
}
