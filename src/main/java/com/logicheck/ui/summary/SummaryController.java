package com.logicheck.ui.summary;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SheetHeader;
import com.logicheck.ui.common.SnapshotBindings;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/** The 汇总 view. Esc goes back to the checklist; a deduction opens its item on Enter or double-click. */
public final class SummaryController implements Screen {
    private static final double ROW_HEIGHT = 28;
    private static final String SIGNED_BADGE = "signed-badge";
    private static final String PENDING_BADGE = "pending-badge";
    private final SummaryViewModel viewModel;
    private final Messages messages;
    private final SheetActionsModel actions;
    private final Dialogs dialogs;
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
    private Label countsLabel;
    @FXML
    private TableView<SummaryViewModel.SectionLine> sectionsTable;
    @FXML
    private TableView<SummaryViewModel.DeductionLine> deductionsTable;
    @FXML
    private ListView<SummaryViewModel.OpenItem> unansweredList;
    @FXML
    private Label unansweredTitle;
    @FXML
    private Button jumpButton;
    @FXML
    private Button backButton;
    @FXML
    private Button finishButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Label signedLabel;
    @FXML
    private Label actionMessageLabel;
    @FXML
    private Button signButton;
    @FXML
    private Button exportButton;
    @FXML
    private Button printButton;
    @FXML
    private Button openButton;
    @FXML
    private Button reviseButton;
    @FXML
    private Button raiseButton;

    public SummaryController(SummaryViewModel viewModel, Messages messages, SheetActionsModel actions,
                             Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.actions = actions;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        var header = viewModel.header();
        SheetHeader.bind(header, titleLabel, detailsLabel, scoreLabel, gradeLabel);
        SheetHeader.bindNumber(header, numberLabel);
        SnapshotBindings.text(countsLabel, header, SheetHeader::counts);
        messageLabel.textProperty().bind(viewModel.messageProperty());

        Columns columns = new Columns(messages);
        sectionsTable.getColumns().setAll(List.of(
                columns.text("summary.column.section", SummaryViewModel.SectionLine::title, 260),
                columns.text("summary.column.subtotal", SummaryViewModel.SectionLine::subtotal, 70),
                columns.text("summary.column.deduction", SummaryViewModel.SectionLine::deduction, 70),
                columns.text("summary.column.earned", SummaryViewModel.SectionLine::earned, 70)));
        sectionsTable.setItems(viewModel.sections());
        sectionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        sectionsTable.setFixedCellSize(ROW_HEIGHT);
        sectionsTable.prefHeightProperty().bind(Bindings.size(viewModel.sections())
                .multiply(ROW_HEIGHT).add(ROW_HEIGHT + 8));
        sectionsTable.minHeightProperty().bind(sectionsTable.prefHeightProperty());

        deductionsTable.getColumns().setAll(List.of(
                columns.text("summary.column.code", SummaryViewModel.DeductionLine::code, 60),
                columns.text("summary.column.content", SummaryViewModel.DeductionLine::content, 300),
                columns.text("summary.column.deduction", SummaryViewModel.DeductionLine::deduction, 110),
                columns.text("summary.column.note", SummaryViewModel.DeductionLine::note, 300)));
        deductionsTable.setItems(viewModel.deductions());
        deductionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        deductionsTable.setRowFactory(t -> {
            TableRow<SummaryViewModel.DeductionLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        deductionsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(deductionsTable.getSelectionModel().getSelectedItem());
            }
        });

        unansweredList.setItems(viewModel.unanswered());
        unansweredList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SummaryViewModel.OpenItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code() + "  " + item.content());
            }
        });
        var anyOpen = Bindings.isNotEmpty(viewModel.unanswered());
        for (var node : List.of(unansweredTitle, unansweredList, jumpButton)) {
            node.visibleProperty().bind(anyOpen);
            node.managedProperty().bind(anyOpen);
        }
        jumpButton.disableProperty().bind(viewModel.editableProperty().not());
        backButton.visibleProperty().bind(viewModel.editableProperty());
        backButton.managedProperty().bind(viewModel.editableProperty());
        finishButton.visibleProperty().bind(viewModel.editableProperty());
        finishButton.managedProperty().bind(viewModel.editableProperty());
        finishButton.disableProperty().bind(viewModel.finishingProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (viewModel.editableProperty().get()) {
                    viewModel.backToChecklist();
                } else {
                    viewModel.home();
                }
                e.consume();
            }
        });
        bindActions();
        viewModel.load();
    }

    private void bindActions() {
        signedLabel.textProperty().bind(actions.infoProperty());
        signedLabel.visibleProperty().bind(actions.infoProperty().isNotEmpty());
        actions.statusProperty().addListener((o, old, status) -> {
            signedLabel.getStyleClass().removeAll(SIGNED_BADGE, PENDING_BADGE);
            signedLabel.getStyleClass().add(status == InspectionStatus.FINISHED
                    ? PENDING_BADGE : SIGNED_BADGE);
        });
        actionMessageLabel.textProperty().bind(actions.messageProperty());
        SnapshotBindings.shownWhen(signButton, actions.canSign());
        SnapshotBindings.shownWhen(exportButton, actions.canExport());
        SnapshotBindings.shownWhen(printButton, actions.canExport());
        SnapshotBindings.shownWhen(openButton, actions.exportedProperty().isNotNull());
        SnapshotBindings.shownWhen(reviseButton, actions.canRevise());
        SnapshotBindings.shownWhen(raiseButton, actions.canRaise());
        for (Button b : List.of(signButton, exportButton, printButton, reviseButton)) {
            b.disableProperty().bind(actions.busyProperty());
        }
        actions.load();
    }

    @FXML
    private void onSign() {
        actions.sign();
    }

    @FXML
    private void onPrint() {
        actions.print();
    }

    @FXML
    private void onExport() {
        dialogs.chooseFolder(root.getScene().getWindow(), FileKind.EXPORT_FOLDER).ifPresent(actions::exportTo);
    }

    @FXML
    private void onOpen() {
        actions.openExported();
    }

    @FXML
    private void onRaise() {
        actions.raiseOrders();
    }

    @FXML
    private void onRevise() {
        dialogs.askReason(root.getScene().getWindow(), actions.reviseQuestion(), actions.reviseAction())
                .ifPresent(actions::revise);
    }

    @FXML
    private void onFinish() {
        viewModel.finish();
    }

    @FXML
    private void onJump() {
        viewModel.jumpToFirstUnanswered();
    }

    @FXML
    private void onBack() {
        viewModel.backToChecklist();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        deductionsTable.requestFocus();
    }
}
