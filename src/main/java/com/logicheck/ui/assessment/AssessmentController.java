package com.logicheck.ui.assessment;

import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.SnapshotBindings;
import com.logicheck.ui.common.Styles;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;

/** 月度考核 view: selectors, the explanation tree, the summary panel, the chart, and close / reopen. */
public final class AssessmentController implements Screen {
    private static final PseudoClass PLAN_MISSED = PseudoClass.getPseudoClass("missed");
    private final AssessmentViewModel viewModel;
    private final Messages messages;
    @FXML
    private ComboBox<Provider> providerBox;
    @FXML
    private ComboBox<YearMonth> monthBox;
    @FXML
    private TreeTableView<AssessmentLine> assessmentTree;
    @FXML
    private BarChart<String, Number> scoreChart;
    @FXML
    private Label titleLabel;
    @FXML
    private Label schemeLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label totalLabel;
    @FXML
    private Label gradeLabel;
    @FXML
    private Label vetoLabel;
    @FXML
    private Label moneyLabel;
    @FXML
    private Label failuresLabel;
    @FXML
    private Label inspectionsLabel;
    @FXML
    private Label warningsLabel;
    @FXML
    private Label planLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private TextField reasonField;
    @FXML
    private Button closeButton;
    @FXML
    private Button raiseButton;
    @FXML
    private Button reopenButton;
    @FXML
    private Hyperlink correctionLink;
    private final Dialogs dialogs;

    public AssessmentController(AssessmentViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        providerBox.setItems(viewModel.providers());
        providerBox.setConverter(ShownAs.text(Provider::name));
        providerBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Provider item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        providerBox.valueProperty().bindBidirectional(viewModel.providerProperty());
        monthBox.setItems(viewModel.months());
        monthBox.setConverter(ShownAs.text(YearMonth::toString));
        monthBox.valueProperty().bindBidirectional(viewModel.monthProperty());
        var figures = viewModel.figures();
        SnapshotBindings.text(titleLabel, figures, AssessmentFigures::title);
        SnapshotBindings.text(schemeLabel, figures, AssessmentFigures::scheme);
        SnapshotBindings.text(statusLabel, figures, AssessmentFigures::status);
        SnapshotBindings.text(totalLabel, figures, AssessmentFigures::total);
        SnapshotBindings.text(gradeLabel, figures, AssessmentFigures::grade);
        SnapshotBindings.text(vetoLabel, figures, AssessmentFigures::veto);
        SnapshotBindings.text(moneyLabel, figures, AssessmentFigures::money);
        SnapshotBindings.text(failuresLabel, figures, AssessmentFigures::failures);
        SnapshotBindings.text(inspectionsLabel, figures, AssessmentFigures::inspections);
        SnapshotBindings.shownWhenNotEmpty(warningsLabel, figures, AssessmentFigures::warnings);
        SnapshotBindings.shownWhenNotEmpty(planLabel, figures, AssessmentFigures::planLine);
        figures.addListener((o, a, f) -> {
            mark(vetoLabel, Styles.ERROR_TEXT, f.vetoed());
            mark(gradeLabel, Styles.ERROR_TEXT, f.failed());
            planLabel.pseudoClassStateChanged(PLAN_MISSED, f.planMissed());
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        correctionLink.textProperty().bind(viewModel.correctionProperty());
        correctionLink.visibleProperty().bind(viewModel.correctionProperty().isNotEmpty());
        correctionLink.managedProperty().bind(correctionLink.visibleProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reopenReasonProperty());
        closeButton.disableProperty().bind(SnapshotBindings.flag(figures, AssessmentFigures::canClose).not());
        reopenButton.disableProperty().bind(SnapshotBindings.flag(figures, AssessmentFigures::closed).not().or(
                Bindings.createBooleanBinding(() -> !viewModel.supervises())));
        reasonField.disableProperty().bind(reopenButton.disableProperty());
        if (!viewModel.supervises()) {
            closeButton.setTooltip(new Tooltip(messages.get("account.supervisorsOnly")));
            reopenButton.setTooltip(new Tooltip(messages.get("account.supervisorsOnly")));
        }
        setUpTree();
        raiseButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedLine() == null
                || selectedLine().sheetId() == null, assessmentTree.getSelectionModel().selectedItemProperty()));
        raiseButton.setTooltip(new Tooltip(messages.get("raise.assessmentHint")));
        viewModel.lines().addListener((ListChangeListener<AssessmentLine>) c -> fillTree());
        viewModel.bars().addListener((ListChangeListener<AssessmentViewModel.Bar>) c -> fillChart());
        viewModel.start();
    }

    private void setUpTree() {
        Columns columns = new Columns(messages);
        assessmentTree.getColumns().setAll(List.of(
                Columns.withTooltips(columns.treeText("assess.ui.column.item", AssessmentLine::label, 330)),
                columns.treeText("assess.ui.column.points", AssessmentLine::points, 80),
                Columns.withTooltips(columns.treeText("assess.ui.column.detail", AssessmentLine::detail, 600))));
        assessmentTree.setShowRoot(false);
        assessmentTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        assessmentTree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(AssessmentLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.ASSESS_RELIEVED, Styles.ASSESS_STRONG, Styles.DEDUCTED);
                if (!empty && item != null) {
                    switch (item.kind()) {
                        case RELIEVED -> getStyleClass().add(Styles.ASSESS_RELIEVED);
                        case COMPONENT, TOTAL -> getStyleClass().add(Styles.ASSESS_STRONG);
                        case DEDUCTION -> getStyleClass().add(Styles.DEDUCTED);
                        default -> { }
                    }
                }
            }
        });
    }

    private void fillTree() {
        TreeItem<AssessmentLine> root = new TreeItem<>();
        viewModel.lines().forEach(l -> root.getChildren().add(item(l, 0)));
        assessmentTree.setRoot(root);
    }

    /** Components and templates open; sheets and their deductions closed until asked for. */
    private TreeItem<AssessmentLine> item(AssessmentLine line, int depth) {
        TreeItem<AssessmentLine> item = new TreeItem<>(line);
        line.children().forEach(c -> item.getChildren().add(item(c, depth + 1)));
        item.setExpanded(depth < 1);
        return item;
    }

    private void fillChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get("assess.ui.chart.series"));
        viewModel.bars().forEach(b -> series.getData().add(new XYChart.Data<>(b.label(), b.value())));
        scoreChart.getData().setAll(List.of(series));
    }

    private static void mark(Label label, String style, boolean on) {
        label.getStyleClass().remove(style);
        if (on) {
            label.getStyleClass().add(style);
        }
    }

    @FXML
    private void onClose() {
        Window window = closeButton.getScene().getWindow();
        if (viewModel.closingEarly()) {
            dialogs.askReason(window, viewModel.closeQuestion(), messages.get("assess.ui.closeEarly"))
                    .ifPresent(reason -> viewModel.closeMonth(true, reason));
        } else if (dialogs.confirm(window, viewModel.closeQuestion())) {
            viewModel.closeMonth();
        }
    }

    @FXML
    private void onCorrection() {
        viewModel.openCorrection();
    }

    @FXML
    private void onReopen() {
        viewModel.reopenMonth();
    }

    @FXML
    private void onRaise() {
        viewModel.raiseOrders(selectedLine());
    }

    private AssessmentLine selectedLine() {
        TreeItem<AssessmentLine> item = assessmentTree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    @FXML
    private void onEntries() {
        viewModel.entries();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        providerBox.requestFocus();
    }
}
