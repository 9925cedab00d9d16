package com.logicheck.ui.plans;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.desk.Choice;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** 层级检查 view: month, the plans' table (missed rows marked), and the supervisors' form to add or end a plan. */
public final class PlansController implements Screen {
    static final String MISSED_ROW = "plans-missed";
    private final PlansViewModel viewModel;
    private final Messages messages;
    @FXML
    private ComboBox<YearMonth> monthBox;
    @FXML
    private TableView<PlanRow> planTable;
    @FXML
    private ComboBox<Choice<Person>> personBox;
    @FXML
    private ComboBox<Choice<ResponsibilityLevel>> levelBox;
    @FXML
    private ComboBox<Choice<Place>> placeBox;
    @FXML
    private ComboBox<Choice<Provider>> providerBox;
    @FXML
    private HBox addForm;
    @FXML
    private Button deactivateButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label messageLabel;

    public PlansController(PlansViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        monthBox.setItems(viewModel.months());
        monthBox.valueProperty().bindBidirectional(viewModel.monthProperty());
        personBox.setItems(viewModel.people());
        personBox.valueProperty().bindBidirectional(viewModel.personProperty());
        levelBox.setItems(viewModel.levels());
        levelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        placeBox.setItems(viewModel.places());
        placeBox.valueProperty().bindBidirectional(viewModel.placeProperty());
        providerBox.setItems(viewModel.providers());
        providerBox.valueProperty().bindBidirectional(viewModel.providerProperty());
        addForm.disableProperty().bind(viewModel.canEditProperty().not());
        deactivateButton.disableProperty().bind(viewModel.canEditProperty().not()
                .or(planTable.getSelectionModel().selectedItemProperty().isNull()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        planTable.getColumns().setAll(List.of(
                column("plans.column.person", PlanRow::person, 110),
                column("plans.column.level", PlanRow::level, 90),
                column("plans.column.place", PlanRow::place, 200),
                column("plans.column.provider", PlanRow::provider, 80),
                column("plans.column.frequency", PlanRow::frequency, 220),
                column("plans.column.required", PlanRow::required, 60),
                column("plans.column.done", PlanRow::done, 60),
                column("plans.column.missed", PlanRow::missedText, 60),
                column("plans.column.coverage", PlanRow::coverage, 110),
                column("plans.column.current", PlanRow::current, 200)));
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        planTable.setItems(viewModel.rows());
        planTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlanRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(MISSED_ROW);
                if (!empty && item != null && item.missed()) {
                    getStyleClass().add(MISSED_ROW);
                }
            }
        });
        viewModel.start();
    }

    private TableColumn<PlanRow, String> column(String key, Function<PlanRow, String> value, double width) {
        TableColumn<PlanRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onDeactivate() {
        viewModel.deactivate(planTable.getSelectionModel().getSelectedItem());
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
