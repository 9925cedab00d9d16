package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.entries.SurveyEntryViewModel.Row;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** 满意度调查 tab view: the typing line (Enter stores), the table (Delete, Ctrl+Z), the Excel form buttons. */
public final class SurveyEntryController extends MonthEntryPane<Row, SurveyEntryViewModel> {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private final Dialogs files;
    @FXML
    private HBox inputLine;
    @FXML
    private ComboBox<RespondentKind> kindBox;
    @FXML
    private TextField respondentField;
    @FXML
    private TextField scoreField;
    @FXML
    private Label scoreErrorLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private Button formButton;
    @FXML
    private Button importButton;
    @FXML
    private Button undoButton;
    @FXML
    private Button exportButton;
    private SurveyExportImport exports;

    public SurveyEntryController(SurveyEntryViewModel viewModel, MonthEntries month, Dialogs files) {
        super(viewModel, month);
        this.files = files;
    }

    /** Adds 导入问卷星/问卷网… (the export import with its column mapping); call before loading. */
    public SurveyEntryController withExports(SurveyExportImport exportImport) {
        this.exports = exportImport;
        return this;
    }

    @Override
    protected BooleanExpression locked() {
        return month.closedProperty().or(viewModel.availableProperty().not());
    }

    @Override
    protected void bind() {
        kindBox.setItems(FXCollections.observableArrayList(RespondentKind.values()));
        kindBox.setConverter(ShownAs.text(k -> m.label(k)));
        var line = viewModel.line();
        kindBox.valueProperty().bindBidirectional(line.kind());
        respondentField.textProperty().bindBidirectional(line.respondent());
        scoreField.textProperty().bindBidirectional(line.score());
        scoreErrorLabel.textProperty().bind(viewModel.scoreErrorProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        column("numberColumn", r -> String.valueOf(r.number()));
        column("kindColumn", Row::kindLabel);
        column("respondentColumn", Row::respondent);
        column("scoreColumn", r -> r.dissatisfied() ? r.score() + "  " + m.get("entries.survey.dissatisfied") : r.score());
        lock(inputLine, importButton, undoButton, exportButton);
        exportButton.setVisible(exports != null);
        exportButton.setManaged(exports != null);
        formButton.disableProperty().bind(viewModel.availableProperty().not());
        // keyboard first: Enter in any field of the line stores it and goes back to the score for the next one
        scoreField.setOnAction(e -> onAdd());
        respondentField.setOnAction(e -> scoreField.requestFocus());
        kindBox.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // 1/2/3 pick 教职工/学生/其他 without opening the list
            if (e.getCode().isDigitKey() && !e.isShortcutDown()) {
                int i = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
                if (i >= 0 && i < RespondentKind.values().length) {
                    kindBox.setValue(RespondentKind.values()[i]);
                    e.consume();
                }
            }
        });
        table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                onRemove();
                e.consume();
            }
        });
        table().getParent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !(e.getTarget() instanceof TextField)) {
                onUndo();
                e.consume();
            }
        });
        viewModel.rows().addListener((ListChangeListener<Row>) c -> {
            if (!viewModel.rows().isEmpty()) {
                table().scrollTo(viewModel.rows().size() - 1);
            }
        });
    }

    @FXML
    private void onAdd() {
        viewModel.add();
        scoreField.requestFocus();
    }

    @FXML
    private void onRemove() {
        viewModel.remove(selected());
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onForm() {
        files.save(window(), FileKind.SURVEY_FORM_TO_SAVE, viewModel.formFileName()).ifPresent(viewModel::writeForm);
    }

    @FXML
    private void onImport() {
        files.open(window(), FileKind.SURVEY_FORM).ifPresent(file -> {
            boolean replace = false;
            if (viewModel.stored() > 0) {
                if (!files.confirm(window(),
                        m.get("entries.survey.replaceAsk", viewModel.stored()))) {
                    return;
                }
                replace = true;
            }
            viewModel.importForm(file, replace);
        });
    }

    @FXML
    private void onExport() {
        files.open(window(), FileKind.SURVEY_EXPORT).ifPresent(file -> exports.open(file,
                () -> SurveyExportDialog.show(window(), exports, m)));
    }

    /** Where typing starts. */
    void focus() {
        scoreField.requestFocus();
    }
}
