package com.logicheck.ui.entries;

import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.ComplaintEntryViewModel.Quantity;
import com.logicheck.ui.entries.ComplaintEntryViewModel.Row;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/** 投诉 tab view: the form (date, template, item, quantities, 查实, note) and the month's complaints. */
public final class ComplaintEntryController extends MonthEntryPane<Row, ComplaintEntryViewModel> {
    private final Dialogs dialogs;
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
    private Button toggleButton;

    public ComplaintEntryController(ComplaintEntryViewModel viewModel, MonthEntries month, Dialogs dialogs) {
        super(viewModel, month);
        this.dialogs = dialogs;
    }

    @Override
    protected void bind() {
        templateBox.setItems(viewModel.templates());
        templateBox.setConverter(ShownAs.text(ChecklistTemplate::title));
        var form = viewModel.form();
        templateBox.valueProperty().bindBidirectional(form.template());
        itemBox.setItems(viewModel.items());
        itemBox.setConverter(ShownAs.text(i -> i.code() + " " + DisplayText.of(i.content())));
        itemBox.valueProperty().bindBidirectional(form.item());
        complaintNote.textProperty().bindBidirectional(form.note());
        substantiatedBox.selectedProperty().bindBidirectional(form.substantiated());
        previewLabel.textProperty().bind(viewModel.previewProperty());
        viewModel.quantities().addListener((ListChangeListener<Quantity>) c -> fillQuantities());
        fillQuantities();
        column("dateColumn", r -> r.date().toString());
        column("itemColumn", Row::item);
        column("basisColumn", Row::basis);
        column("statusColumn", Row::status);
        column("deductionColumn", Row::deduction);
        column("noteColumn", Row::note);
        lock(templateBox, itemBox, quantityGrid, complaintNote, substantiatedBox, complaintAddButton);
        toggleButton.disableProperty().bind(locked().or(none()));
        complaintNote.setOnAction(e -> onAdd());
        table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
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
        viewModel.toggle(selected());
    }

    @FXML
    private void onRemove() {
        removeAsking(dialogs, r -> m.get("entries.complaint.removeAsk", r.date().toString(), r.item()),
                viewModel::remove);
    }
}
