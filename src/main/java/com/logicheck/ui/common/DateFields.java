package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;

/**
 * Every date field of a screen reads and shows dates the same way ({@link DateInput}); a typed text that is not a date
 * marks the field red and says under it what was typed, which date the field still holds and how to write one,
 * instead of JavaFX's silent reverting. {@link ViewLoader} applies it to every {@code DatePicker} with an fx:id.
 */
public final class DateFields {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid-date");
    static final String TIP_STYLE = "date-error-tip";

    private DateFields() {
    }

    public static void localise(DatePicker picker, Messages messages) {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add(TIP_STYLE);
        tip.setAutoHide(true);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        picker.getProperties().put(TIP_STYLE, tip);
        picker.setConverter(new DateInput(messages.locale(), typed -> {
            LocalDate kept = picker.getValue();
            Platform.runLater(() -> picker.getEditor().setText(kept == null ? "" : DateInput.SHOWN.format(kept)));
            String held = picker.getValue() == null ? messages.get("date.invalid.empty")
                    : DateInput.SHOWN.format(picker.getValue());
            tip.setText(messages.get("date.invalid", typed, held));
            picker.pseudoClassStateChanged(INVALID, true);
            Bounds b = picker.localToScreen(picker.getBoundsInLocal());
            if (b != null && picker.getScene() != null && picker.getScene().getWindow() != null
                    && picker.getScene().getWindow().isShowing()) {
                tip.show(picker, b.getMinX(), b.getMaxY() + 2);
            }
        }, picker::getValue));
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            picker.setPromptText(messages.get("date.prompt"));
        }
        picker.valueProperty().addListener((o, old, value) -> clear(picker, tip));
        picker.getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> clear(picker, tip));
    }

    /** The message a rejected text left on this field (empty when none). */
    public static String problem(DatePicker picker) {
        Object tip = picker.getProperties().get(TIP_STYLE);
        return tip instanceof Tooltip t && picker.getPseudoClassStates().contains(INVALID) ? t.getText() : "";
    }

    private static void clear(DatePicker picker, Tooltip tip) {
        picker.pseudoClassStateChanged(INVALID, false);
        tip.hide();
    }
}
