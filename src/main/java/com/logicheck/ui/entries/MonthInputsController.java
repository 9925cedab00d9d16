package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.MonthInputCheck.AreaPart;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.MonthInputsViewModel.Row;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** 评议与分区 tab view: one line per input the scheme has (Enter stores), the entered values (Delete takes back). */
public final class MonthInputsController extends MonthEntryPane<Row, MonthInputsViewModel> {
    @FXML
    private HBox panelLine;
    @FXML
    private HBox areaLine;
    @FXML
    private HBox rateLine;
    @FXML
    private ComboBox<String> memberBox;
    @FXML
    private TextField panelScoreField;
    @FXML
    private ComboBox<AreaPart> partBox;
    @FXML
    private TextField areaScoreField;
    @FXML
    private TextField rateField;
    @FXML
    private TextField panelSizeField;
    @FXML
    private Label rateNowLabel;
    @FXML
    private Label inputsErrorLabel;
    @FXML
    private Button panelAddButton;
    @FXML
    private Button areaAddButton;
    @FXML
    private Button rateSaveButton;

    public MonthInputsController(MonthInputsViewModel viewModel, MonthEntries month) {
        super(viewModel, month);
    }

    @Override
    protected void bind() {
        show(panelLine, viewModel.hasPanelProperty().get());
        show(areaLine, viewModel.hasAreasProperty().get());
        show(rateLine, viewModel.hasRateProperty().get());
        viewModel.hasPanelProperty().addListener((o, a, b) -> show(panelLine, b));
        viewModel.hasAreasProperty().addListener((o, a, b) -> show(areaLine, b));
        viewModel.hasRateProperty().addListener((o, a, b) -> show(rateLine, b));
        memberBox.setItems(viewModel.members());
        memberBox.getEditor().textProperty().bindBidirectional(viewModel.memberProperty());
        panelScoreField.textProperty().bindBidirectional(viewModel.panelScoreProperty());
        partBox.setItems(viewModel.parts());
        partBox.setConverter(ShownAs.text(p -> m.get("entries.inputs.partLabel", p.area(), p.part(),
                p.percent().stripTrailingZeros().toPlainString())));
        partBox.valueProperty().bindBidirectional(viewModel.partProperty());
        areaScoreField.textProperty().bindBidirectional(viewModel.areaScoreProperty());
        rateField.textProperty().bindBidirectional(viewModel.ratePercentProperty());
        panelSizeField.textProperty().bindBidirectional(viewModel.ratePanelProperty());
        rateNowLabel.textProperty().bind(viewModel.rateNowProperty());
        inputsErrorLabel.textProperty().bind(viewModel.errorProperty());
        column("inputKindColumn", r -> viewModel.kindLabel(r.kind()));
        column("whatColumn", Row::what);
        column("partColumn", Row::part);
        column("valueColumn", Row::value);
        lock(memberBox, panelScoreField, panelAddButton, partBox, areaScoreField, areaAddButton, rateField,
                panelSizeField, rateSaveButton);
        // keyboard first: Up/Down step through the listed members, Enter moves to the score, Enter there stores
        memberBox.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                panelScoreField.requestFocus();
                e.consume();
            } else if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && !e.isAltDown()
                    && !viewModel.members().isEmpty()) {
                int n = viewModel.members().size();
                String typed = viewModel.memberProperty().get();
                int at = viewModel.members().indexOf(typed == null ? "" : typed.strip());
                int next = at < 0 ? (e.getCode() == KeyCode.DOWN ? 0 : n - 1)
                        : (at + (e.getCode() == KeyCode.DOWN ? 1 : n - 1)) % n;
                viewModel.memberProperty().set(viewModel.members().get(next));
                e.consume();
            }
        });
        panelScoreField.setOnAction(e -> onPanel());
        areaScoreField.setOnAction(e -> onArea());
        rateField.setOnAction(e -> panelSizeField.requestFocus());
        panelSizeField.setOnAction(e -> onRate());
        table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                onRemove();
                e.consume();
            }
        });
    }

    private static void show(HBox line, boolean shown) {
        line.setVisible(shown);
        line.setManaged(shown);
    }

    @FXML
    private void onPanel() {
        viewModel.addPanel();
        memberBox.requestFocus();
    }

    @FXML
    private void onArea() {
        viewModel.addArea();
        areaScoreField.requestFocus();
    }

    @FXML
    private void onRate() {
        viewModel.saveRate();
    }

    @FXML
    private void onRemove() {
        viewModel.remove(selected());
    }
}
