package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.VetoType;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.VetoEntryViewModel.Row;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** 一票否决 tab view: type, date, loss and casualties (accidents only), evidence text and file, the month's events. */
public final class VetoEntryController extends MonthEntryPane<Row, VetoEntryViewModel> {
    private final Dialogs files;
    @FXML
    private ComboBox<VetoType> typeBox;
    @FXML
    private VBox lossGroup;
    @FXML
    private VBox casualtiesGroup;
    @FXML
    private TextField lossField;
    @FXML
    private TextField casualtiesField;
    @FXML
    private TextArea evidenceArea;
    @FXML
    private Button fileButton;
    @FXML
    private Label fileLabel;
    @FXML
    private Button vetoRecordButton;
    @FXML
    private Button openButton;

    public VetoEntryController(VetoEntryViewModel viewModel, MonthEntries month, Dialogs files) {
        super(viewModel, month);
        this.files = files;
    }

    @Override
    protected void bind() {
        typeBox.setItems(viewModel.types());
        typeBox.setConverter(ShownAs.text(t -> m.label(t)));
        var form = viewModel.form();
        typeBox.valueProperty().bindBidirectional(form.type());
        lossField.textProperty().bindBidirectional(form.loss());
        casualtiesField.textProperty().bindBidirectional(form.casualties());
        evidenceArea.textProperty().bindBidirectional(form.evidence());
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        var accident = form.type().isEqualTo(VetoType.SAFETY_ACCIDENT);
        lossGroup.visibleProperty().bind(accident);
        casualtiesGroup.visibleProperty().bind(accident);
        column("dateColumn", r -> r.date().toString());
        column("typeColumn", Row::type);
        column("evidenceColumn", Row::evidence);
        column("lossColumn", Row::loss);
        column("fileColumn", Row::fileLabel);
        column("outcomeColumn", Row::outcome);
        markRows(Row::vetoes, "veto-row");
        lock(typeBox, lossField, casualtiesField, evidenceArea, fileButton, vetoRecordButton);
        openButton.disableProperty().bind(none());
        table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
    }

    @FXML
    private void onAttach() {
        files.open(window(), FileKind.EVIDENCE).ifPresent(viewModel.form().file()::set);
    }

    @FXML
    private void onRecord() {
        viewModel.record();
    }

    @FXML
    private void onOpen() {
        viewModel.open(selected());
    }

    @FXML
    private void onRemove() {
        removeAsking(files, r -> m.get("entries.veto.removeAsk", r.date().toString(), r.type()), viewModel::remove);
    }
}
