package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.entries.ReliefEntryViewModel.Row;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** 不予扣分与申辩 tab view: the month's deductions, the selected one's history, ask / appeal, and the decisions. */
public final class ReliefEntryController {
    private final ReliefEntryViewModel viewModel;
    private final MonthEntries month;
    private final Messages m;
    @FXML
    private TableView<Row> deductionTable;
    @FXML
    private TableColumn<Row, String> dateColumn;
    @FXML
    private TableColumn<Row, String> templateColumn;
    @FXML
    private TableColumn<Row, String> placeColumn;
    @FXML
    private TableColumn<Row, String> itemColumn;
    @FXML
    private TableColumn<Row, String> deductionColumn;
    @FXML
    private TableColumn<Row, String> statusColumn;
    @FXML
    private ListView<String> historyList;
    @FXML
    private ComboBox<ExemptionReason> reasonBox;
    @FXML
    private TextField textField;
    @FXML
    private TextField decisionField;
    @FXML
    private Button exemptButton;
    @FXML
    private Button appealButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Button upholdButton;
    @FXML
    private Button overturnButton;

    public ReliefEntryController(ReliefEntryViewModel viewModel, MonthEntries month) {
        this.viewModel = viewModel;
        this.month = month;
        this.m = month.messages();
    }

    @FXML
    private void initialize() {
        deductionTable.setItems(viewModel.rows());
        Columns.show(dateColumn, Row::date);
        Columns.show(templateColumn, Row::template);
        Columns.show(placeColumn, Row::place);
        Columns.show(itemColumn, Row::item);
        Columns.show(deductionColumn, Row::deduction);
        Columns.show(statusColumn, Row::status);
        deductionTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.ASSESS_RELIEVED);
                if (!empty && item != null && item.relieved()) {
                    getStyleClass().add(Styles.ASSESS_RELIEVED);
                }
            }
        });
        deductionTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(r);
            }
        });
        viewModel.selectedProperty().addListener((o, a, r) -> {
            if (r != deductionTable.getSelectionModel().getSelectedItem()) {
                deductionTable.getSelectionModel().select(r);
            }
        });
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        reasonBox.setItems(FXCollections.observableArrayList(ExemptionReason.values()));
        reasonBox.setConverter(ShownAs.text(r -> m.label(r)));
        reasonBox.valueProperty().bindBidirectional(viewModel.reasonProperty());
        textField.textProperty().bindBidirectional(viewModel.textProperty());
        decisionField.textProperty().bindBidirectional(viewModel.decisionProperty());
        var closed = month.closedProperty();
        var none = viewModel.selectedProperty().isNull();
        reasonBox.disableProperty().bind(closed.or(none));
        textField.disableProperty().bind(closed.or(none));
        exemptButton.disableProperty().bind(closed.or(none));
        appealButton.disableProperty().bind(closed.or(none));
        var noDecision = closed.or(viewModel.exemptionPendingProperty().not().and(viewModel.appealOpenProperty().not()));
        decisionField.disableProperty().bind(noDecision);
        approveButton.disableProperty().bind(closed.or(viewModel.exemptionPendingProperty().not()));
        rejectButton.disableProperty().bind(closed.or(viewModel.exemptionPendingProperty().not()));
        upholdButton.disableProperty().bind(closed.or(viewModel.appealOpenProperty().not()));
        overturnButton.disableProperty().bind(closed.or(viewModel.appealOpenProperty().not()));
        approveButton.setOnAction(e -> viewModel.decideExemption(true));
        rejectButton.setOnAction(e -> viewModel.decideExemption(false));
        upholdButton.setOnAction(e -> viewModel.decideAppeal(false));
        overturnButton.setOnAction(e -> viewModel.decideAppeal(true));
    }

    @FXML
    private void onExempt() {
        viewModel.requestExemption();
    }

    @FXML
    private void onAppeal() {
        viewModel.raiseAppeal();
    }
}
