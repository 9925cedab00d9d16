package com.logicheck.ui.entries;

import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.common.WhyDisabled;
import com.logicheck.ui.entries.ReliefEntryViewModel.Row;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** 不予扣分与申辩 tab view: the month's deductions, the selected one's history, ask / appeal, and the decisions. */
public final class ReliefEntryController extends MonthEntryPane<Row, ReliefEntryViewModel> {
    @FXML
    private ListView<String> historyList;
    @FXML
    private ComboBox<ExemptionReason> reasonBox;
    @FXML
    private TextField textField;
    @FXML
    private TextField decisionField;
    @FXML
    private Button exemptButton;
    @FXML
    private Button appealButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Button upholdButton;
    @FXML
    private Button overturnButton;
    @FXML
    private Label refusalLabel;

    private final Dialogs dialogs;

    public ReliefEntryController(ReliefEntryViewModel viewModel, MonthEntries month, Dialogs dialogs) {
        super(viewModel, month);
        this.dialogs = dialogs;
    }

    /** A decision cannot be taken back: the dialog says what it does; 取消 changes nothing. */
    private void decideExemption(boolean approve) {
        if (viewModel.exemptionQuestion(approve).map(q -> dialogs.confirm(window(), q)).orElse(true)) {
            viewModel.decideExemption(approve);
        }
    }

    private void decideAppeal(boolean overturn) {
        if (viewModel.appealQuestion(overturn).map(q -> dialogs.confirm(window(), q)).orElse(true)) {
            viewModel.decideAppeal(overturn);
        }
    }

    @Override
    protected void bind() {
        column("dateColumn", Row::date);
        column("templateColumn", Row::template);
        column("placeColumn", Row::place);
        column("itemColumn", Row::item);
        column("deductionColumn", Row::deduction);
        column("statusColumn", Row::status);
        markRows(Row::relieved, Styles.ASSESS_RELIEVED);
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        reasonBox.setItems(FXCollections.observableArrayList(ExemptionReason.values()));
        reasonBox.setConverter(ShownAs.text(r -> m.label(r)));
        var form = viewModel.form();
        reasonBox.valueProperty().bindBidirectional(form.reason());
        textField.textProperty().bindBidirectional(form.text());
        decisionField.textProperty().bindBidirectional(form.decision());
        var closed = locked();
        var none = none();
        reasonBox.disableProperty().bind(closed.or(none));
        textField.disableProperty().bind(closed.or(none));
        exemptButton.disableProperty().bind(closed.or(none));
        appealButton.disableProperty().bind(closed.or(none));
        var noDecision = closed.or(viewModel.exemptionPendingProperty().not().and(viewModel.appealOpenProperty().not()));
        decisionField.disableProperty().bind(noDecision);
        var exemptionRefused = viewModel.exemptionRefusalProperty().isNotEmpty();
        var appealRefused = viewModel.appealRefusalProperty().isNotEmpty();
        approveButton.disableProperty().bind(closed.or(viewModel.exemptionPendingProperty().not()).or(exemptionRefused));
        rejectButton.disableProperty().bind(closed.or(viewModel.exemptionPendingProperty().not()).or(exemptionRefused));
        upholdButton.disableProperty().bind(closed.or(viewModel.appealOpenProperty().not()).or(appealRefused));
        overturnButton.disableProperty().bind(closed.or(viewModel.appealOpenProperty().not()).or(appealRefused));
        WhyDisabled.explain(approveButton.getParent(), viewModel.exemptionRefusalProperty());
        WhyDisabled.explain(upholdButton.getParent(), viewModel.appealRefusalProperty());
        refusalLabel.textProperty().bind(Bindings.concat(viewModel.exemptionRefusalProperty(),
                Bindings.when(viewModel.exemptionRefusalProperty().isNotEmpty().and(appealRefused)).then("\n").otherwise(""),
                viewModel.appealRefusalProperty()));
        refusalLabel.visibleProperty().bind(exemptionRefused.or(appealRefused));
        refusalLabel.managedProperty().bind(refusalLabel.visibleProperty());
        approveButton.setOnAction(e -> decideExemption(true));
        rejectButton.setOnAction(e -> decideExemption(false));
        upholdButton.setOnAction(e -> decideAppeal(false));
        overturnButton.setOnAction(e -> decideAppeal(true));
    }

    @FXML
    private void onExempt() {
        viewModel.requestExemption();
    }

    @FXML
    private void onAppeal() {
        viewModel.raiseAppeal();
    }
}
