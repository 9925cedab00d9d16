package com.logicheck.ui.reports;

import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The 月度报告 view: month and provider, which files to write, 写出报告… (asks for a folder), a progress bar with 取消,
 * then each provider in or left out of the report (with the reason) and the files written, to open.
 */
public final class ReportsController implements Screen {
    private final ReportsViewModel viewModel;
    private final Dialogs dialogs;
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Choice<YearMonth>> monthBox;
    @FXML
    private ComboBox<Choice<UUID>> providerBox;
    @FXML
    private CheckBox pdfCheck;
    @FXML
    private CheckBox publicCheck;
    @FXML
    private CheckBox excelCheck;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label countLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private ListView<ReportsViewModel.Line> providerList;
    @FXML
    private ListView<Path> fileList;
    @FXML
    private Button startButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button openButton;
    @FXML
    private Button folderButton;

    public ReportsController(ReportsViewModel viewModel, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        viewModel.month().showIn(monthBox);
        viewModel.provider().showIn(providerBox);
        pdfCheck.selectedProperty().bindBidirectional(viewModel.pdfProperty());
        publicCheck.selectedProperty().bindBidirectional(viewModel.publicPageProperty());
        excelCheck.selectedProperty().bindBidirectional(viewModel.excelProperty());
        viewModel.work().showIn(progressBar, countLabel, messageLabel);
        providerList.setItems(viewModel.providers());
        providerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReportsViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove(Styles.ERROR_TEXT);
                setTooltip(null);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                setTooltip(new Tooltip(line.text()));
                if (line.problem()) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        fileList.setItems(viewModel.files());
        fileList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.toAbsolutePath().toString());
            }
        });
        fileList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        fileList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            }
        });
        var running = viewModel.work().runningProperty();
        startButton.disableProperty().bind(running);
        cancelButton.disableProperty().bind(running.not());
        openButton.disableProperty().bind(running.or(Bindings.isEmpty(viewModel.files())));
        folderButton.disableProperty().bind(running.or(viewModel.folderProperty().isNull()));
        for (var control : new Node[] {monthBox, providerBox, pdfCheck, publicCheck, excelCheck}) {
            control.disableProperty().bind(running);
        }
        viewModel.load();
    }

    @FXML
    private void onStart() {
        dialogs.chooseFolder(root.getScene().getWindow(), FileKind.EXPORT_FOLDER).ifPresent(viewModel::start);
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onOpen() {
        Path chosen = fileList.getSelectionModel().getSelectedItem();
        viewModel.open(chosen != null ? chosen : viewModel.files().isEmpty() ? null : viewModel.files().get(0));
    }

    @FXML
    private void onFolder() {
        viewModel.openFolder();
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
