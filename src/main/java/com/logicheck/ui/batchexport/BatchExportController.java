package com.logicheck.ui.batchexport;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;

/**
 * The 批量导出 view: four filters, 开始导出 (asks for a folder) or 打印… (the system's printer dialog), a progress bar
 * with 取消, and the results.
 */
public final class BatchExportController implements Screen {
    private final BatchExportViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Choice<YearMonth>> monthBox;
    @FXML
    private ComboBox<Choice<String>> providerBox;
    @FXML
    private ComboBox<Choice<UUID>> placeBox;
    @FXML
    private ComboBox<Choice<String>> templateBox;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label countLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private ListView<BatchExportViewModel.ResultLine> resultList;
    @FXML
    private Button startButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button printButton;

    public BatchExportController(BatchExportViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        viewModel.month().showIn(monthBox);
        viewModel.provider().showIn(providerBox);
        viewModel.place().showIn(placeBox);
        viewModel.template().showIn(templateBox);
        viewModel.work().showIn(progressBar, countLabel, messageLabel);
        resultList.setItems(viewModel.results());
        resultList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BatchExportViewModel.ResultLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove(Styles.ERROR_TEXT);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.ok() ? messages.get("batchExport.written", line.name())
                        : messages.get("batchExport.failed", line.name(), line.detail()));
                if (!line.ok()) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        var running = viewModel.work().runningProperty();
        startButton.disableProperty().bind(running);
        printButton.disableProperty().bind(running);
        cancelButton.disableProperty().bind(running.not());
        for (var box : List.of(monthBox, providerBox, placeBox, templateBox)) {
            box.disableProperty().bind(running);
        }
        viewModel.load();
    }

    @FXML
    private void onStart() {
        dialogs.chooseFolder(root.getScene().getWindow(), FileKind.EXPORT_FOLDER).ifPresent(viewModel::start);
    }

    @FXML
    private void onPrint() {
        viewModel.print();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        monthBox.requestFocus();
    }
}
