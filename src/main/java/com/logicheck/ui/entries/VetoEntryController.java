package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.VetoType;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.VetoEntryViewModel.Row;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/** 一票否决 tab view: type, date, loss and casualties (accidents only), evidence text and file, the month's events. */
public final class VetoEntryController {
    private final VetoEntryViewModel viewModel;
    private final MonthEntries month;
    private final EntryFiles files;
    private final Messages m;
    @FXML
    private Label verdictLabel;
    @FXML
    private ComboBox<VetoType> typeBox;
    @FXML
    private DatePicker vetoDate;
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
    private TableView<Row> vetoTable;
    @FXML
    private TableColumn<Row, String> dateColumn;
    @FXML
    private TableColumn<Row, String> typeColumn;
    @FXML
    private TableColumn<Row, String> evidenceColumn;
    @FXML
    private TableColumn<Row, String> lossColumn;
    @FXML
    private TableColumn<Row, String> fileColumn;
    @FXML
    private TableColumn<Row, String> outcomeColumn;
    @FXML
    private Button openButton;
    @FXML
    private Button vetoRemoveButton;

    public VetoEntryController(VetoEntryViewModel viewModel, MonthEntries month, EntryFiles files) {
        this.viewModel = viewModel;
        this.month = month;
        this.files = files;
        this.m = month.messages();
    }

    @FXML
    private void initialize() {
        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        typeBox.setItems(viewModel.types());
        typeBox.setConverter(ShownAs.text(t -> m.label(t)));
        typeBox.valueProperty().bindBidirectional(viewModel.typeProperty());
        vetoDate.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        vetoDate.valueProperty().bindBidirectional(viewModel.dateProperty());
        lossField.textProperty().bindBidirectional(viewModel.lossProperty());
        casualtiesField.textProperty().bindBidirectional(viewModel.casualtiesProperty());
        evidenceArea.textProperty().bindBidirectional(viewModel.evidenceProperty());
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        var accident = viewModel.typeProperty().isEqualTo(VetoType.SAFETY_ACCIDENT);
        lossGroup.visibleProperty().bind(accident);
        casualtiesGroup.visibleProperty().bind(accident);
        vetoTable.setItems(viewModel.rows());
        Columns.show(dateColumn, r -> r.date().toString());
        Columns.show(typeColumn, Row::type);
        Columns.show(evidenceColumn, Row::evidence);
        Columns.show(lossColumn, Row::loss);
        Columns.show(fileColumn, Row::fileLabel);
        Columns.show(outcomeColumn, Row::outcome);
        vetoTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("veto-row");
                if (!empty && item != null && item.vetoes()) {
                    getStyleClass().add("veto-row");
                }
            }
        });
        var closed = month.closedProperty();
        var none = vetoTable.getSelectionModel().selectedItemProperty().isNull();
        for (var n : new Node[] {typeBox, vetoDate, lossField, casualtiesField, evidenceArea, fileButton,
                vetoRecordButton}) {
            n.disableProperty().bind(closed);
        }
        vetoRemoveButton.disableProperty().bind(closed.or(none));
        openButton.disableProperty().bind(none);
        vetoTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
    }

    @FXML
    private void onAttach() {
        files.chooseEvidence(fileButton.getScene().getWindow()).ifPresent(viewModel.fileProperty()::set);
    }

    @FXML
    private void onRecord() {
        viewModel.record();
    }

    @FXML
    private void onOpen() {
        viewModel.open(vetoTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRemove() {
        Row r = vetoTable.getSelectionModel().getSelectedItem();
        if (r != null && files.confirm(vetoRemoveButton.getScene().getWindow(),
                m.get("entries.veto.removeAsk", r.date().toString(), r.type()))) {
            viewModel.remove(r);
        }
    }
}
