package com.logicheck.ui.checklist;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.service.SheetPhoto;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SheetHeader;
import com.logicheck.ui.common.SnapshotBindings;
import com.logicheck.ui.common.Styles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The 检查表 view: a virtualised list of headings and items on the left, the selected item's editor on the
 * right, the sheet header on top, the shortcut hints below. Keyboard handling is in {@link ChecklistKeys}.
 */
public final class ChecklistController implements Screen {
    static final Duration NOTE_DEBOUNCE = Duration.millis(400);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final ChecklistViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final PhotoClipboard clipboard = new SystemPhotoClipboard();
    private final PauseTransition noteTimer = new PauseTransition(NOTE_DEBOUNCE);
    @FXML
    private BorderPane root;
    @FXML
    private Label titleLabel;
    @FXML
    private Label numberLabel;
    @FXML
    private Label detailsLabel;
    @FXML
    private Label scoreLabel;
    @FXML
    private Label gradeLabel;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private ListView<ChecklistRow> itemList;
    @FXML
    private Label itemCodeLabel;
    @FXML
    private Label itemContentLabel;
    @FXML
    private Label itemMaxLabel;
    @FXML
    private Label requirementLabel;
    @FXML
    private Label criteriaLabel;
    @FXML
    private Button passButton;
    @FXML
    private Button deductButton;
    @FXML
    private Button naButton;
    @FXML
    private Button clearButton;
    @FXML
    private VBox deductionBox;
    @FXML
    private GridPane quantityGrid;
    @FXML
    private Label itemScoreLabel;
    @FXML
    private Label warningLabel;
    @FXML
    private Label problemLabel;
    @FXML
    private TextArea noteArea;
    @FXML
    private FlowPane photoPane;
    @FXML
    private Label photoErrorLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private HBox paperBar;
    @FXML
    private TextField paperItemField;
    @FXML
    private TextField paperPointsField;
    private QuantityRows quantityRows;

    /** The sheet on screen (a scanned place code is checked in on it). */
    public UUID sheetId() {
        return viewModel.inspectionId();
    }

    /** Shows a sentence under the work (a check-in recorded). */
    public void told(String text) {
        viewModel.told(text);
    }

    public ChecklistController(ChecklistViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        var header = viewModel.header();
        SheetHeader.bind(header, titleLabel, detailsLabel, scoreLabel, gradeLabel);
        SheetHeader.bindNumber(header, numberLabel);
        SnapshotBindings.text(progressLabel, header, SheetHeader::progress);
        progressBar.progressProperty().bind(Bindings.createDoubleBinding(() -> header.get().answeredShare(), header));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        SnapshotBindings.shownWhen(messageLabel, messageLabel.textProperty().isNotEmpty());
        SnapshotBindings.shownWhen(paperBar, viewModel.paperModeProperty());
        viewModel.paperModeProperty().addListener((o, was, paper) -> {
            if (paper) {
                paperItemField.requestFocus();
            }
        });

        itemList.setItems(viewModel.rows().all());
        itemList.setCellFactory(l -> new ChecklistCell(messages));
        itemList.setFixedCellSize(36);
        itemList.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedProperty().addListener((o, a, row) -> showSelected(row));

        bindEditor(viewModel.editor());
        viewModel.askWith(new ChecklistQuestions() {
            @Override
            public boolean confirm(String question) {
                return dialogs.confirm(root.getScene().getWindow(), question);
            }

            @Override
            public Evidence naEvidence(String question) {
                int chosen = dialogs.choose(root.getScene().getWindow(), question, List.of(
                        messages.get("checklist.ask.keepReason"), messages.get("checklist.ask.delete"),
                        messages.get("common.cancel")));
                return Evidence.values()[chosen];
            }
        });
        new ChecklistKeys(viewModel, itemList, noteArea, quantityRows, this::focusList, this::onAddPhoto,
                () -> viewModel.pastePhotos(clipboard)).install(root);
        PhotoDrop.install(itemList, photoPane, viewModel);
        viewModel.load();
    }

    private void bindEditor(ItemEditorModel editor) {
        quantityRows = new QuantityRows(quantityGrid, viewModel, this::focusList);
        editor.rowProperty().addListener((o, a, row) -> showItem(row.item()));
        editor.quantities().addListener((ListChangeListener<QuantityInput>) c -> quantityRows.rebuild(editor.quantities()));
        deductionBox.visibleProperty().bind(editor.deductModeProperty());
        deductionBox.managedProperty().bind(deductionBox.visibleProperty());
        editor.outcomeProperty().addListener((o, a, outcome) -> showOutcome(outcome));
        itemScoreLabel.textProperty().bind(editor.scoreTextProperty());
        bindMessage(warningLabel, editor.warningProperty());
        bindMessage(problemLabel, editor.problemProperty());
        bindMessage(photoErrorLabel, editor.photoErrorProperty());
        noteArea.textProperty().bindBidirectional(editor.noteProperty());
        noteArea.disableProperty().bind(editor.noteEnabledProperty().not());
        noteArea.textProperty().addListener((o, a, b) -> noteTimer.playFromStart());
        noteTimer.setOnFinished(e -> viewModel.flushNote());
        noteArea.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                noteTimer.stop();
                viewModel.flushNote();
            }
        });
        editor.photos().addListener((ListChangeListener<SheetPhoto>) c -> showPhotos(editor));
        clearButton.disableProperty().bind(editor.outcomeProperty().isNull());
    }

    private static void bindMessage(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showItem(TemplateItem item) {
        itemCodeLabel.setText(item.code());
        itemContentLabel.setText(DisplayText.of(item.content()));
        itemMaxLabel.setText(messages.get("checklist.points", Scores.format(item.maxScore())));
        requirementLabel.setText(item.requirement().isBlank() ? messages.get("checklist.none")
                : DisplayText.of(item.requirement()));
        criteriaLabel.setText(DisplayText.of(item.criteria()));
        naButton.setDisable(!item.naAllowed());
        naButton.setTooltip(new Tooltip(messages.get(item.naAllowed() ? "checklist.na.tip" : "checklist.na.notAllowed")));
    }

    private void showOutcome(Outcome outcome) {
        Map.of(passButton, Outcome.PASS, deductButton, Outcome.DEDUCT, naButton, Outcome.NOT_APPLICABLE)
                .forEach((button, o) -> button.pseudoClassStateChanged(SELECTED, o == outcome));
    }

    private void showPhotos(ItemEditorModel editor) {
        photoPane.getChildren().clear();
        for (SheetPhoto photo : editor.photos()) {
            ImageView image = new ImageView(new Image(photo.thumbnail().toUri().toString(), 96, 96, true, true, true));
            Button remove = new Button(messages.get("checklist.photo.remove"));
            remove.getStyleClass().add("small");
            remove.setOnAction(e -> viewModel.removePhoto(photo));
            VBox box = new VBox(image, remove);
            box.getStyleClass().add(Styles.THUMBNAIL);
            Tooltip.install(box, new Tooltip(photo.originalName()));
            photoPane.getChildren().add(box);
        }
    }

    private void showSelected(ItemRow row) {
        if (row == null) {
            return;
        }
        int index = viewModel.rows().all().indexOf(row);
        if (itemList.getSelectionModel().getSelectedIndex() != index) {
            itemList.getSelectionModel().select(index);
        }
        itemList.getFocusModel().focus(index);
        Node flow = itemList.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> vf) {
            vf.scrollTo(Math.max(0, index - 1));
            vf.scrollTo(index);
        } else {
            itemList.scrollTo(Math.max(0, index - 1));
        }
    }

    void focusList() {
        itemList.requestFocus();
    }

    @FXML
    private void onPass() {
        viewModel.pass();
    }

    @FXML
    private void onDeduct() {
        viewModel.startDeduction();
        quantityRows.first().ifPresent(Node::requestFocus);
    }

    @FXML
    private void onNotApplicable() {
        viewModel.notApplicable();
    }

    @FXML
    private void onClear() {
        viewModel.clear();
    }

    /** 补录: Enter after the item number selects it and moves on to its points. */
    @FXML
    private void onPaperItem() {
        if (viewModel.paperItem(paperItemField.getText())) {
            paperPointsField.requestFocus();
        } else {
            paperItemField.selectAll();
        }
    }

    /** 补录: Enter after the points stores the deduction and goes back for the next item number; blank: back only. */
    @FXML
    private void onPaperPoints() {
        if (paperPointsField.getText().isBlank() || viewModel.paperDeduct(paperPointsField.getText())) {
            paperPointsField.clear();
            paperItemField.clear();
            paperItemField.requestFocus();
        } else {
            paperPointsField.selectAll();
        }
    }

    @FXML
    private void onFinishPaper() {
        noteTimer.stop();
        viewModel.finishPaper();
    }

    @FXML
    private void onAddPhoto() {
        viewModel.attachPhotos(dialogs.openMany(root.getScene().getWindow(), FileKind.PHOTOS));
    }

    @FXML
    private void onHome() {
        noteTimer.stop();
        viewModel.home();
    }

    @FXML
    private void onSummary() {
        noteTimer.stop();
        viewModel.toSummary();
    }

    @Override
    public void shown() {
        if (viewModel.paperModeProperty().get()) {
            paperItemField.requestFocus();
        } else {
            focusList();
        }
    }

    @Override
    public void leaving() {
        noteTimer.stop();
        viewModel.flushNote();
    }
}
