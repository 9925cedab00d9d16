package com.logicheck.ui.plans;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Notice;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SnapshotBindings;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/**
 * 层级检查 view: month, the plans' table (missed rows marked, switched-off ones grey), and the editor below it — a
 * selected row fills it; 新建计划, 保存, 结束计划 (today), 撤销 — read-only for inspectors. The second tab shows the
 * 巡检路线 part ({@link RoutesController}); the plan editor shows only with the plans tab.
 */
public final class PlansController implements Screen {
    static final String MISSED_ROW = "plans-missed";
    static final String OFF_ROW = "plans-off";
    private final PlansViewModel viewModel;
    private final Messages messages;
    private final Columns columns;
    @FXML
    private ComboBox<YearMonth> monthBox;
    @FXML
    private CheckBox showAllCheck;
    @FXML
    private TableView<PlanRow> planTable;
    @FXML
    private Label editorTitle;
    @FXML
    private Label readOnlyLabel;
    @FXML
    private VBox editorBox;
    @FXML
    private ComboBox<Choice<Person>> personBox;
    @FXML
    private ComboBox<Choice<ResponsibilityLevel>> levelBox;
    @FXML
    private ComboBox<Choice<Place>> placeBox;
    @FXML
    private ComboBox<Choice<Provider>> providerBox;
    @FXML
    private ComboBox<Choice<ServiceLine>> lineBox;
    @FXML
    private TextField lengthField;
    @FXML
    private ComboBox<Choice<PeriodUnit>> unitBox;
    @FXML
    private TextField timesField;
    @FXML
    private TextField coverageField;
    @FXML
    private TextField minUnitsField;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker untilPicker;
    @FXML
    private CheckBox activeCheck;
    @FXML
    private Button newButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button endButton;
    @FXML
    private Button undoButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label messageLabel;

    @FXML
    private Tab planTab;
    @FXML
    private Tab routesTab;
    @FXML
    private VBox planEditor;
    private final Parent routesPart;

    /** {@code routesPart}: the loaded 巡检路线 part (plan-routes.fxml), shown in the second tab. */
    public PlansController(PlansViewModel viewModel, Messages messages, Parent routesPart) {
        this.viewModel = viewModel;
        this.routesPart = routesPart;
        this.messages = messages;
        this.columns = new Columns(messages);
    }

    @FXML
    private void initialize() {
        routesTab.setContent(routesPart);
        planEditor.visibleProperty().bind(planTab.selectedProperty());
        planEditor.managedProperty().bind(planTab.selectedProperty());
        monthBox.setItems(viewModel.months());
        monthBox.valueProperty().bindBidirectional(viewModel.monthProperty());
        showAllCheck.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        bindEditor(viewModel.editor());
        BooleanBinding readOnly = viewModel.canEditProperty().not();
        editorBox.disableProperty().bind(readOnly);
        readOnlyLabel.visibleProperty().bind(readOnly);
        newButton.disableProperty().bind(readOnly);
        saveButton.disableProperty().bind(readOnly);
        endButton.disableProperty().bind(readOnly.or(viewModel.selectedProperty().isNull()));
        var overview = viewModel.overview();
        undoButton.disableProperty().bind(readOnly.or(SnapshotBindings.flag(overview, PlansOverview::canUndo).not()));
        overview.addListener((o, a, b) -> {
            if (!a.undoText().equals(b.undoText())) {
                undoButton.setTooltip(b.undoText().isEmpty() ? null : new Tooltip(b.undoText()));
            }
        });
        editorTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.editor().editingProperty().get() == null
                ? messages.get("plans.editor.new") : messages.get("plans.editor.edit",
                viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().person()),
                viewModel.editor().editingProperty(), viewModel.selectedProperty()));
        SnapshotBindings.text(summaryLabel, overview, PlansOverview::summary);
        SnapshotBindings.text(messageLabel, viewModel.notice(), Notice::text);
        viewModel.notice().addListener((o, a, b) -> messageStyle(b.failure()));
        messageStyle(false);
        planTable.getColumns().setAll(List.of(
                column("plans.column.person", PlanRow::person, 90),
                column("plans.column.level", PlanRow::level, 80),
                column("plans.column.place", PlanRow::place, 190),
                column("plans.column.provider", PlanRow::provider, 90),
                column("plans.column.frequency", PlanRow::frequency, 230),
                column("plans.column.status", PlanRow::status, 150),
                column("plans.column.required", PlanRow::required, 50),
                column("plans.column.done", PlanRow::done, 50),
                column("plans.column.missed", PlanRow::missedText, 50),
                column("plans.column.coverage", PlanRow::coverage, 100),
                column("plans.column.current", PlanRow::current, 180)));
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        planTable.setItems(viewModel.rows());
        planTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty().set(b));
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                planTable.getSelectionModel().clearSelection();
            } else if (planTable.getSelectionModel().getSelectedItem() != b) {
                planTable.getSelectionModel().select(b);
            }
        });
        planTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlanRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(MISSED_ROW, OFF_ROW);
                if (!empty && item != null && item.missed()) {
                    getStyleClass().add(MISSED_ROW);
                }
                if (!empty && item != null && !item.plan().active()) {
                    getStyleClass().add(OFF_ROW);
                }
            }
        });
        viewModel.start();
    }

    private void bindEditor(PlanEditorModel e) {
        personBox.setItems(e.people());
        personBox.valueProperty().bindBidirectional(e.personProperty());
        levelBox.setItems(e.levels());
        levelBox.valueProperty().bindBidirectional(e.levelProperty());
        placeBox.setItems(e.places());
        placeBox.valueProperty().bindBidirectional(e.placeProperty());
        providerBox.setItems(e.providers());
        providerBox.valueProperty().bindBidirectional(e.providerProperty());
        lineBox.setItems(e.lines());
        lineBox.valueProperty().bindBidirectional(e.lineProperty());
        unitBox.setItems(e.units());
        unitBox.valueProperty().bindBidirectional(e.unitProperty());
        lengthField.textProperty().bindBidirectional(e.lengthProperty());
        timesField.textProperty().bindBidirectional(e.timesProperty());
        coverageField.textProperty().bindBidirectional(e.coverageProperty());
        minUnitsField.textProperty().bindBidirectional(e.minUnitsProperty());
        fromPicker.valueProperty().bindBidirectional(e.validFromProperty());
        untilPicker.valueProperty().bindBidirectional(e.validUntilProperty());
        activeCheck.selectedProperty().bindBidirectional(e.activeProperty());
        commitTypedDate(fromPicker);
        commitTypedDate(untilPicker);
    }

    /** Dates as 2026-11-21 whatever the system locale; a date typed (not picked) counts when the field loses focus. */
    private static void commitTypedDate(DatePicker picker) {
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                try {
                    String text = picker.getEditor().getText();
                    picker.setValue(text == null || text.isBlank() ? null
                            : picker.getConverter().fromString(text));
                } catch (RuntimeException typo) {
                    picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
                }
            }
        });
    }

    private void messageStyle(boolean failed) {
        messageLabel.getStyleClass().removeAll("error-text", "status-text");
        messageLabel.getStyleClass().add(failed ? "error-text" : "status-text");
    }

    private TableColumn<PlanRow, String> column(String key, Function<PlanRow, String> value, double width) {
        return Columns.withTooltips(columns.text(key, value, width)); // long cells are cut
    }

    @FXML
    private void onNew() {
        viewModel.newPlan();
        personBox.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onEnd() {
        viewModel.endSelected();
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onDesk() {
        viewModel.desk();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        planTable.requestFocus();
    }
}
