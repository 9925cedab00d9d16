package com.logicheck.ui.rectify;

import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.DateFields;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.rectify.RaiseOrdersViewModel.Choice;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * The 发整改通知单 screen. Keyboard: Tab through the list, the fields and the buttons, Space picks the deduction
 * under the cursor, Esc goes back to the sheet's 汇总.
 */
public final class RaiseOrdersController implements Screen {
    private final RaiseOrdersViewModel viewModel;
    private final Messages messages;
    @FXML
    private BorderPane root;
    @FXML
    private Label headerLabel;
    @FXML
    private TableView<Choice> deductionTable;
    @FXML
    private ListView<RaiseOrdersViewModel.Raised> raisedList;
    @FXML
    private RadioButton groupedRadio;
    @FXML
    private RadioButton eachRadio;
    @FXML
    private TextField responsibleField;
    @FXML
    private DatePicker deadlinePicker;
    @FXML
    private TextArea standardArea;
    @FXML
    private FlowPane causeBox;
    @FXML
    private TextField causeNoteField;
    @FXML
    private TextArea stepsArea;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button raiseButton;
    @FXML
    private Button signButton;
    @FXML
    private Button allButton;
    @FXML
    private Button noneButton;
    @FXML
    private Label doneLabel;
    @FXML
    private Label messageLabel;

    public RaiseOrdersController(RaiseOrdersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        headerLabel.textProperty().bind(viewModel.headerProperty());
        setUpTable();
        raisedList.setItems(viewModel.raised());
        raisedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RaiseOrdersViewModel.Raised item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        groupedRadio.setSelected(viewModel.groupedProperty().get());
        eachRadio.setSelected(!viewModel.groupedProperty().get());
        groupedRadio.selectedProperty().addListener((o, old, on) -> viewModel.groupedProperty().set(on));
        responsibleField.textProperty().bindBidirectional(viewModel.responsibleProperty());
        DateFields.localise(deadlinePicker, messages);
        deadlinePicker.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        standardArea.textProperty().bindBidirectional(viewModel.standardProperty());
        for (CauseCategory c : CauseCategory.values()) {
            CheckBox box = new CheckBox(messages.label(c));
            box.setId("cause" + c.name());
            box.selectedProperty().bindBidirectional(viewModel.causeProperty(c));
            causeBox.getChildren().add(box);
        }
        causeNoteField.textProperty().bindBidirectional(viewModel.causeNoteProperty());
        stepsArea.textProperty().bindBidirectional(viewModel.stepsProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        doneLabel.textProperty().bind(viewModel.doneProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        for (Button b : List.of(raiseButton, signButton, allButton, noneButton)) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        signButton.disableProperty().unbind();
        signButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.raised())));
        // the standard left empty is the picked items' 要求与说明: the prompt shows it
        viewModel.choices().addListener((ListChangeListener<Choice>) ch -> watchPicks());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.back();
                e.consume();
            }
        });
        viewModel.load();
    }

    private void watchPicks() {
        viewModel.choices().forEach(c -> c.pickedProperty().addListener((o, old, on) -> showDefaultStandard()));
        showDefaultStandard();
    }

    private void showDefaultStandard() {
        String standard = viewModel.defaultStandard();
        standardArea.setPromptText(standard.isEmpty() ? messages.get("raise.standardPrompt")
                : messages.get("raise.standardDefault", standard));
    }

    private void setUpTable() {
        Columns columns = new Columns(messages);
        TableColumn<Choice, Boolean> pick = new TableColumn<>(messages.get("raise.column.pick"));
        pick.setCellValueFactory(cell -> cell.getValue().pickedProperty().asObject());
        pick.setCellFactory(c -> new PickCell());
        pick.setPrefWidth(56);
        pick.setSortable(false);
        TableColumn<Choice, String> item = Columns.withTooltips(columns.text("raise.column.item", Choice::item, 260));
        TableColumn<Choice, String> finding = Columns.withTooltips(columns.text("raise.column.finding",
                Choice::finding, 200));
        deductionTable.getColumns().setAll(List.of(pick, item,
                columns.text("raise.column.points", Choice::points, 60), finding,
                columns.text("raise.column.state", Choice::state, 110)));
        deductionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deductionTable.setItems(viewModel.choices());
        deductionTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Choice c = deductionTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && c != null) {
                if (c.open()) {
                    c.pickedProperty().set(!c.pickedProperty().get());
                }
                e.consume();
            }
        });
    }

    /** A check box that picks the row's deduction; rows that cannot get an order have it off and disabled. */
    private static final class PickCell extends TableCell<Choice, Boolean> {
        private final CheckBox box = new CheckBox();
        private Choice bound;

        PickCell() {
            box.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(Boolean value, boolean empty) {
            super.updateItem(value, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.pickedProperty());
                bound = null;
            }
            Choice c = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (c == null) {
                setGraphic(null);
                return;
            }
            bound = c;
            box.selectedProperty().bindBidirectional(c.pickedProperty());
            box.setDisable(!c.open());
            setGraphic(box);
        }
    }

    @FXML
    private void onRaise() {
        viewModel.raise();
    }

    @FXML
    private void onSign() {
        viewModel.signAndPrint();
    }

    @FXML
    private void onPickAll() {
        viewModel.pickAll(true);
    }

    @FXML
    private void onPickNone() {
        viewModel.pickAll(false);
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @FXML
    private void onDesk() {
        viewModel.desk();
    }

    @Override
    public void shown() {
        deductionTable.requestFocus();
        if (!deductionTable.getItems().isEmpty()) {
            deductionTable.getSelectionModel().select(0);
        }
    }
}
