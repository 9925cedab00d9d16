package com.logicheck.ui.desk;

import com.logicheck.i18n.Messages;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One day of the desk's month grid: the day number, 到期 n, 逾期 n in red, 已关闭 n; a click lists the day. */
final class DeskCalendarCell {
    static final String CELL = "desk-day";
    static final String OTHER_MONTH = "desk-day-other";
    static final String TODAY = "desk-day-today";
    static final String OVERDUE = "desk-day-overdue";

    private DeskCalendarCell() {
    }

    static VBox of(CalendarCell c, Messages messages, Consumer<LocalDate> choose, Runnable showList) {
        VBox box = new VBox();
        box.getStyleClass().add(CELL);
        box.setId("day-" + c.date());
        if (!c.inMonth()) {
            box.getStyleClass().add(OTHER_MONTH);
        }
        if (c.today()) {
            box.getStyleClass().add(TODAY);
        }
        Label number = new Label(Integer.toString(c.date().getDayOfMonth()));
        number.getStyleClass().add("desk-day-number");
        box.getChildren().add(number);
        if (c.due() > 0) {
            box.getChildren().add(new Label(messages.get("desk.calendar.due", c.due())));
        }
        if (c.overdue() > 0) {
            Label late = new Label(messages.get("desk.calendar.overdue", c.overdue()));
            late.getStyleClass().add("error-text");
            box.getChildren().add(late);
            box.getStyleClass().add(OVERDUE);
        }
        if (c.closed() > 0) {
            Label closed = new Label(messages.get("desk.calendar.closed", c.closed()));
            closed.getStyleClass().add("muted");
            box.getChildren().add(closed);
        }
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.setOnMouseClicked(e -> {
            choose.accept(c.date());
            showList.run();
        });
        return box;
    }
}
