package com.logicheck.ui.entries;

import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.ComplaintEntryViewModel.Quantity;
import com.logicheck.ui.entries.ComplaintEntryViewModel.Row;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.util.converter.LocalDateStringConverter;

/** 投诉 tab view: the form (date, template, item, quantities, 查实, note) and the month's complaints. */
public final class ComplaintEntryController {
    private final ComplaintEntryViewModel viewModel;
    private final MonthEntries month;
    private final EntryFiles dialogs;
    private final Messages m;
    @FXML
    private Label ruleLabel;
    @FXML
    private DatePicker complaintDate;
    @FXML
    private ComboBox<ChecklistTemplate> templateBox;
    @FXML
    private ComboBox<TemplateItem> itemBox;
    @FXML
    private GridPane quantityGrid;
    @FXML
    private TextField complaintNote;
    @FXML
    private CheckBox substantiatedBox;
    @FXML
    private Button complaintAddButton;
    @FXML
    private Label previewLabel;
    @FXML
    private TableView<Row> complaintTable;
    @FXML
    private TableColumn<Row, String> dateColumn;
    @FXML
    private TableColumn<Row, String> itemColumn;
    @FXML
    private TableColumn<Row, String> basisColumn;
    @FXML
    private TableColumn<Row, String> statusColumn;
    @FXML
    private TableColumn<Row, String> deductionColumn;
    @FXML
    private TableColumn<Row, String> noteColumn;
    @FXML
    private Button toggleButton;
    @FXML
    private Button complaintRemoveButton;

    public ComplaintEntryController(ComplaintEntryViewModel viewModel, MonthEntries month, EntryFiles dialogs) {
        this.viewModel = viewModel;
        this.month = month;
        this.dialogs = dialogs;
        this.m = month.messages();
    }

    @FXML
    private void initialize() {
        ruleLabel.textProperty().bind(viewModel.ruleProperty());
        complaintDate.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        complaintDate.valueProperty().bindBidirectional(viewModel.dateProperty());
        templateBox.setItems(viewModel.templates());
        templateBox.setConverter(ShownAs.text(ChecklistTemplate::title));
        templateBox.valueProperty().bindBidirectional(viewModel.templateProperty());
        itemBox.setItems(viewModel.items());
        itemBox.setConverter(ShownAs.text(i -> i.code() + " " + DisplayText.of(i.content())));
        itemBox.valueProperty().bindBidirectional(viewModel.itemProperty());
        complaintNote.textProperty().bindBidirectional(viewModel.noteProperty());
        substantiatedBox.selectedProperty().bindBidirectional(viewModel.substantiatedProperty());
        previewLabel.textProperty().bind(viewModel.previewProperty());
        viewModel.quantities().addListener((ListChangeListener<Quantity>) c -> fillQuantities());
        fillQuantities();
        complaintTable.setItems(viewModel.rows());
        Columns.show(dateColumn, r -> r.date().toString());
        Columns.show(itemColumn, Row::item);
        Columns.show(basisColumn, Row::basis);
        Columns.show(statusColumn, Row::status);
        Columns.show(deductionColumn, Row::deduction);
        Columns.show(noteColumn, Row::note);
        var closed = month.closedProperty();
        var none = complaintTable.getSelectionModel().selectedItemProperty().isNull();
        for (var n : new Node[] {complaintDate, templateBox, itemBox, quantityGrid, complaintNote,
                substantiatedBox, complaintAddButton}) {
            n.disableProperty().bind(closed);
        }
        toggleButton.disableProperty().bind(closed.or(none));
        complaintRemoveButton.disableProperty().bind(closed.or(none));
        complaintNote.setOnAction(e -> onAdd());
        complaintTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onRemove();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                onToggle();
                e.consume();
            }
        });
    }

    private void fillQuantities() {
        quantityGrid.getChildren().clear();
        int row = 0;
        for (Quantity q : viewModel.quantities()) {
            Label label = new Label(q.label());
            label.getStyleClass().add("quantity-label");
            TextField field = new TextField();
            field.setPrefColumnCount(5);
            field.setId("quantity" + row);
            field.textProperty().bindBidirectional(q.text());
            field.setOnAction(e -> onAdd());
            quantityGrid.addRow(row++, label, field);
        }
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onToggle() {
        viewModel.toggle(complaintTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRemove() {
        Row r = complaintTable.getSelectionModel().getSelectedItem();
        if (r != null && dialogs.confirm(complaintRemoveButton.getScene().getWindow(),
                m.get("entries.complaint.removeAsk", r.date().toString(), r.item()))) {
            viewModel.remove(r);
        }
    }
}
