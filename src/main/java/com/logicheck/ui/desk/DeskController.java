package com.logicheck.ui.desk;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationDeskService.CloseTime;
import com.logicheck.service.RectificationDeskService.DeskWeek;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SnapshotBindings;
import com.logicheck.ui.desk.DeskViewModel.Overview;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The desk view: filters and tabs bound to {@link DeskViewModel}, the list with overdue rows highlighted and 重复问题
 * marked, the month grid (a click lists that day), the charts; the right pane is {@link OrderDetailPane}.
 */
public final class DeskController implements Screen {
    static final String OVERDUE_ROW = "desk-overdue";
    static final String REPEATED_ROW = "desk-repeated";
    private final DeskViewModel viewModel;
    private final OrderDetailModel detail;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Runnable plans;
    @FXML
    private ComboBox<Choice<Provider>> providerBox;
    @FXML
    private ComboBox<Choice<ServiceLine>> lineBox;
    @FXML
    private ComboBox<Choice<Place>> placeBox;
    @FXML
    private ComboBox<Choice<RectificationStatus>> statusBox;
    @FXML
    private CheckBox repeatedBox;
    @FXML
    private ToggleButton overdueScope;
    @FXML
    private ToggleButton todayScope;
    @FXML
    private ToggleButton weekScope;
    @FXML
    private ToggleButton openScope;
    @FXML
    private ToggleButton allScope;
    @FXML
    private Label countsLabel;
    @FXML
    private Label ageingLabel;
    @FXML
    private Label listTitle;
    @FXML
    private Label monthTitle;
    @FXML
    private Label messageLabel;
    @FXML
    private TabPane viewTabs;
    @FXML
    private Tab listTab;
    @FXML
    private TableView<DeskRow> orderTable;
    @FXML
    private GridPane calendarGrid;
    @FXML
    private LineChart<String, Number> weeklyChart;
    @FXML
    private BarChart<String, Number> closeChart;
    @FXML
    private VBox detailPane;
    private OrderDetailPane detailView;

    public DeskController(DeskViewModel viewModel, OrderDetailModel detail, Messages messages, Dialogs dialogs,
                          Runnable plans) {
        this.viewModel = viewModel;
        this.detail = detail;
        this.messages = messages;
        this.dialogs = dialogs;
        this.plans = plans;
    }

    @FXML
    private void initialize() {
        viewModel.provider().showIn(providerBox);
        viewModel.serviceLine().showIn(lineBox);
        viewModel.place().showIn(placeBox);
        viewModel.status().showIn(statusBox);
        repeatedBox.selectedProperty().bindBidirectional(viewModel.repeatedOnlyProperty());
        ReadOnlyObjectProperty<Overview> overview = viewModel.overviewProperty();
        SnapshotBindings.text(countsLabel, overview, Overview::counts);
        SnapshotBindings.text(ageingLabel, overview, Overview::ageing);
        SnapshotBindings.text(listTitle, overview, Overview::listTitle);
        SnapshotBindings.text(monthTitle, overview, Overview::monthTitle);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        scopes();
        table();
        overview.addListener((o, was, now) -> {
            drawCalendar(now.calendar());
            drawWeekly(now.weeks());
            drawCloseTimes(now.closeTimes());
        });
        detailView = new OrderDetailPane(detail, messages, dialogs, detailPane);
        viewModel.start();
    }

    private void scopes() {
        ToggleGroup group = new ToggleGroup();
        Map<DeskScope, ToggleButton> buttons = Map.of(DeskScope.OVERDUE, overdueScope, DeskScope.TODAY, todayScope,
                DeskScope.WEEK, weekScope, DeskScope.OPEN, openScope, DeskScope.ALL, allScope);
        buttons.forEach((scope, button) -> {
            button.setToggleGroup(group);
            SnapshotBindings.text(button, viewModel.overviewProperty(), v -> v.scopeLabels().get(scope));
            button.setOnAction(e -> {
                viewModel.chooseScope(scope);
                button.setSelected(true);
                viewTabs.getSelectionModel().select(listTab);
            });
        });
        Runnable sync = () -> buttons.forEach((scope, button) ->
                button.setSelected(viewModel.dayProperty().get() == null && viewModel.scopeProperty().get() == scope));
        viewModel.scopeProperty().addListener((o, a, b) -> sync.run());
        viewModel.dayProperty().addListener((o, a, b) -> sync.run());
        sync.run();
    }

    private void table() {
        orderTable.getColumns().setAll(List.of(
                column("desk.column.deadline", DeskRow::deadline, 84),
                column("desk.column.lateness", DeskRow::lateness, 76),
                column("desk.column.status", DeskRow::status, 112),
                column("desk.column.provider", DeskRow::provider, 70),
                column("desk.column.place", DeskRow::place, 150),
                column("desk.column.line", DeskRow::serviceLine, 68),
                column("desk.column.items", DeskRow::items, 50),
                column("desk.column.level", DeskRow::responsible, 80),
                column("desk.column.age", DeskRow::age, 66),
                column("desk.column.repeat", r -> r.repeated() ? messages.get("desk.repeated") : "", 64)));
        orderTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orderTable.setItems(viewModel.rows());
        orderTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeskRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(OVERDUE_ROW, REPEATED_ROW);
                if (!empty && item != null) {
                    if (item.overdue()) {
                        getStyleClass().add(OVERDUE_ROW);
                    }
                    if (item.repeated()) {
                        getStyleClass().add(REPEATED_ROW);
                    }
                }
            }
        });
        orderTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                detail.load(row.id());
            }
        });
        orderTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openSheet(orderTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        orderTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.openSheet(orderTable.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** A column whose cells show their whole text as a tooltip (English words are often wider than the column). */
    private TableColumn<DeskRow, String> column(String key, Function<DeskRow, String> value, double width) {
        return Columns.withTooltips(new Columns(messages).text(key, value, width));
    }

    private void drawCalendar(List<CalendarCell> cells) {
        calendarGrid.getChildren().clear();
        if (calendarGrid.getColumnConstraints().isEmpty()) {
            for (int i = 0; i < 7; i++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(100.0 / 7);
                calendarGrid.getColumnConstraints().add(cc);
            }
            RowConstraints header = new RowConstraints();
            calendarGrid.getRowConstraints().add(header);
            for (int i = 0; i < 6; i++) {
                RowConstraints rc = new RowConstraints();
                rc.setVgrow(Priority.ALWAYS);
                rc.setPercentHeight(100.0 / 6.4);
                calendarGrid.getRowConstraints().add(rc);
            }
        }
        String[] days = messages.get("desk.calendar.weekdays").split(",");
        for (int i = 0; i < 7; i++) {
            Label l = new Label(days[i]);
            l.getStyleClass().add("desk-weekday");
            calendarGrid.add(l, i, 0);
        }
        for (int i = 0; i < cells.size(); i++) {
            calendarGrid.add(DeskCalendarCell.of(cells.get(i), messages, viewModel::chooseDay, () ->
                    viewTabs.getSelectionModel().select(listTab)), i % 7, 1 + i / 7);
        }
    }

    private void drawWeekly(List<DeskWeek> weeks) {
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName(messages.get("desk.chart.open"));
        XYChart.Series<String, Number> raised = new XYChart.Series<>();
        raised.setName(messages.get("desk.chart.raised"));
        XYChart.Series<String, Number> closed = new XYChart.Series<>();
        closed.setName(messages.get("desk.chart.closed"));
        for (DeskWeek w : weeks) {
            String label = messages.get("desk.chart.week", w.monday().getMonthValue(), w.monday().getDayOfMonth());
            open.getData().add(new XYChart.Data<>(label, w.openAtEnd()));
            raised.getData().add(new XYChart.Data<>(label, w.raised()));
            closed.getData().add(new XYChart.Data<>(label, w.closed()));
        }
        weeklyChart.getData().setAll(List.of(open, raised, closed));
    }

    private void drawCloseTimes(List<CloseTime> closeTimes) {
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        for (CloseTime t : closeTimes) {
            median.getData().add(new XYChart.Data<>(messages.get("desk.chart.provider", t.provider(), t.closed()),
                    t.medianDays() == null ? 0 : t.medianDays()));
        }
        closeChart.getData().setAll(List.of(median));
    }

    @FXML
    private void onPreviousMonth() {
        viewModel.previousMonth();
    }

    @FXML
    private void onNextMonth() {
        viewModel.nextMonth();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @FXML
    private void onPlans() {
        plans.run();
    }

    @FXML
    private void onAddPhotos() {
        detailView.addPhotos();
    }

    @FXML
    private void onReport() {
        detail.reportFixed();
    }

    @FXML
    private void onPass() {
        detail.reinspectPassed();
    }

    @FXML
    private void onFail() {
        detail.reinspectFailed();
    }

    @FXML
    private void onClose() {
        if (dialogs.confirm(orderTable.getScene().getWindow(), detail.closeQuestion())) {
            detail.close();
        }
    }

    @FXML
    private void onSign() {
        detail.signNotice();
    }

    @FXML
    private void onOpenNotice() {
        detail.openNotice();
    }

    @FXML
    private void onPrintNotice() {
        detail.printNotice();
    }

    @FXML
    private void onSheet() {
        detail.openSheet();
    }

    @FXML
    private void onRaiseFromSheet() {
        detail.raiseFromSheet();
    }

    @Override
    public void shown() {
        orderTable.requestFocus();
    }
}
