package com.logicheck.ui.sync;

import com.logicheck.ui.common.Screen;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** The 同步冲突 view: the list on the left, both sides and the decision on the right. */
public final class ConflictsController implements Screen {
    private final ConflictsViewModel viewModel;
    @FXML
    private ListView<ConflictsViewModel.Item> conflictList;
    @FXML
    private Label localLabel;
    @FXML
    private Label incomingLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Button keepLocalButton;
    @FXML
    private Button takeIncomingButton;
    @FXML
    private Button openLocalButton;
    @FXML
    private Button openIncomingButton;
    @FXML
    private Label hintLabel;
    @FXML
    private TextField reasonField;

    public ConflictsController(ConflictsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        conflictList.setItems(viewModel.conflicts());
        conflictList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictsViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : item.title() + "\n" + item.detail());
            }
        });
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null && now != conflictList.getSelectionModel().getSelectedItem()) {
                conflictList.getSelectionModel().select(now);
            }
        });
        localLabel.textProperty().bind(viewModel.localProperty());
        incomingLabel.textProperty().bind(viewModel.incomingProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        var selected = viewModel.selectedProperty();
        var locked = viewModel.decisionLockedProperty();
        keepLocalButton.disableProperty().bind(selected.isNull().or(locked));
        takeIncomingButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().canTakeIncoming() || locked.get(), selected, locked));
        hintLabel.textProperty().bind(viewModel.hintProperty());
        hintLabel.visibleProperty().bind(viewModel.recordSelectedProperty());
        hintLabel.managedProperty().bind(viewModel.recordSelectedProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        reasonField.visibleProperty().bind(viewModel.recordSelectedProperty());
        reasonField.managedProperty().bind(viewModel.recordSelectedProperty());
        reasonField.disableProperty().bind(locked);
        var noPdf = Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().hasPdfs(), selected);
        openLocalButton.disableProperty().bind(noPdf);
        openIncomingButton.disableProperty().bind(noPdf);
        viewModel.load();
    }

    @FXML
    private void onKeepLocal() {
        viewModel.keepLocal();
    }

    @FXML
    private void onTakeIncoming() {
        viewModel.takeIncoming();
    }

    @FXML
    private void onOpenLocal() {
        viewModel.open(false);
    }

    @FXML
    private void onOpenIncoming() {
        viewModel.open(true);
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @Override
    public void shown() {
        conflictList.requestFocus();
    }
}
