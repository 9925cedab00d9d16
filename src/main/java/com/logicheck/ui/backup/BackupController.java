package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The 备份与恢复 view: a table of backups, 立即备份 with progress and 取消, restore after a confirmation. */
public final class BackupController implements Screen {
    private final BackupViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private TableView<BackupViewModel.Row> backupTable;
    @FXML
    private Button backButton;
    @FXML
    private Button backupNowButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Button restoreFileButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label folderLabel;
    @FXML
    private Label rescueLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Label errorLabel;

    public BackupController(BackupViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        backupTable.getColumns().setAll(List.of(
                column("backup.column.time", BackupViewModel.Row::time, 170),
                column("backup.column.kind", BackupViewModel.Row::kind, 130),
                column("backup.column.size", BackupViewModel.Row::size, 100),
                column("backup.column.contents", BackupViewModel.Row::contents, 420)));
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        backupTable.setItems(viewModel.rows());
        folderLabel.setText(messages.get("backup.ui.folder", viewModel.folder()));
        boolean rescue = viewModel.rescue();
        rescueLabel.setVisible(rescue);
        rescueLabel.setManaged(rescue);
        backButton.setVisible(!rescue);
        backButton.setManaged(!rescue);
        backupNowButton.setVisible(!rescue);
        backupNowButton.setManaged(!rescue);
        var busy = viewModel.work().runningProperty();
        backupNowButton.disableProperty().bind(busy);
        restoreFileButton.disableProperty().bind(busy);
        restoreButton.disableProperty().bind(busy.or(backupTable.getSelectionModel().selectedItemProperty().isNull()));
        cancelButton.disableProperty().bind(busy.not());
        progressBar.progressProperty().bind(viewModel.work().fractionProperty());
        progressBar.visibleProperty().bind(busy);
        messageLabel.textProperty().bind(viewModel.work().messageProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        viewModel.refresh();
    }

    private TableColumn<BackupViewModel.Row, String> column(String key, Function<BackupViewModel.Row, String> value,
                                                            double width) {
        TableColumn<BackupViewModel.Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Set in rescue mode: why the database did not open. */
    public void explain(String problem) {
        rescueLabel.setText(messages.get("backup.ui.rescue", problem));
    }

    @FXML
    private void onBackupNow() {
        viewModel.backupNow();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @FXML
    private void onRestore() {
        BackupViewModel.Row row = backupTable.getSelectionModel().getSelectedItem();
        if (row != null && confirmed(viewModel.confirmation(row))) {
            viewModel.restore(row.file());
        }
    }

    @FXML
    private void onRestoreFile() {
        dialogs.open(backupTable.getScene().getWindow(), FileKind.BACKUP)
                .filter(file -> confirmed(messages.get("backup.ui.confirmFile", file.getFileName().toString())))
                .ifPresent(viewModel::restore);
    }

    private boolean confirmed(String text) {
        ButtonType restore = new ButtonType(messages.get("backup.ui.restoreButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, restore, cancel);
        alert.setHeaderText(messages.get("backup.ui.confirmTitle"));
        alert.initOwner(backupTable.getScene().getWindow());
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }

    @Override
    public void shown() {
        backupTable.requestFocus();
    }
}
