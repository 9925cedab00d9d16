package com.logicheck.ui.sync;

import com.logicheck.i18n.Messages;
import com.logicheck.sync.ImportReport;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The 同步 view: folder, export (with the reference-data package), import with progress and 取消, the summary. */
public final class SyncController implements Screen {
    private final SyncViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private BorderPane root;
    @FXML
    private Label folderLabel;
    @FXML
    private Button folderButton;
    @FXML
    private CheckBox referenceBox;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button exportButton;
    @FXML
    private Button importButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label countLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<SyncViewModel.Line> attentionTable;
    @FXML
    private Button trustButton;
    @FXML
    private Button conflictsButton;
    @FXML
    private VBox certificatePane;
    @FXML
    private Label certificateLabel;
    @FXML
    private Button confirmTrustButton;

    public SyncController(SyncViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        folderLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.folderProperty().get() == null
                ? messages.get("sync.ui.folder.none") : viewModel.folderProperty().get().toString(),
                viewModel.folderProperty()));
        referenceBox.selectedProperty().bindBidirectional(viewModel.withReferenceProperty());
        // the password also signs the user's own rectification and assessment records (ADR 0022)
        passwordField.disableProperty().bind(viewModel.work().runningProperty());
        viewModel.work().showIn(progressBar, countLabel, messageLabel);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        var running = viewModel.work().runningProperty();
        for (var b : List.of(exportButton, importButton, folderButton)) {
            b.disableProperty().bind(running);
        }
        referenceBox.disableProperty().bind(running);
        cancelButton.disableProperty().bind(running.not());
        attentionTable.setItems(viewModel.attention());
        attentionTable.getColumns().setAll(List.of(
                column("sync.ui.column.kind", SyncViewModel.Line::kindText, 80),
                column("sync.ui.column.file", SyncViewModel.Line::name, 420),
                column("sync.ui.column.reason", SyncViewModel.Line::reason, 560)));
        attentionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var selected = attentionTable.getSelectionModel().selectedItemProperty();
        trustButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().kind() != ImportReport.Kind.HELD, selected).or(running));
        trustButton.setVisible(viewModel.mayTrust());
        trustButton.setManaged(viewModel.mayTrust());
        conflictsButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sync.ui.conflicts",
                viewModel.openConflictsProperty().get()), viewModel.openConflictsProperty()));
        conflictsButton.disableProperty().bind(viewModel.openConflictsProperty().isEqualTo(0).or(running));
        certificatePane.visibleProperty().bind(viewModel.certificateProperty().isNotNull());
        certificatePane.managedProperty().bind(certificatePane.visibleProperty());
        certificateLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.certificateProperty().get()
                == null ? "" : viewModel.certificateProperty().get().text(), viewModel.certificateProperty()));
        viewModel.load();
    }

    private TableColumn<SyncViewModel.Line, String> column(String key,
                                                           Function<SyncViewModel.Line, String> value,
                                                           double width) {
        TableColumn<SyncViewModel.Line, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove(Styles.ERROR_TEXT);
                SyncViewModel.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (line != null && line.kind() == ImportReport.Kind.REFUSED) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        return c;
    }

    @FXML
    private void onFolder() {
        dialogs.chooseFolder(root.getScene().getWindow(), FileKind.EXPORT_FOLDER).ifPresent(viewModel::chooseFolder);
    }

    @FXML
    private void onExport() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        viewModel.export(password);
    }

    @FXML
    private void onImport() {
        viewModel.importFolder();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onTrust() {
        viewModel.showCertificate(attentionTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onConfirmTrust() {
        viewModel.trustShown();
    }

    @FXML
    private void onDismissCertificate() {
        viewModel.dismissCertificate();
    }

    @FXML
    private void onConflicts() {
        viewModel.conflicts();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        importButton.requestFocus();
    }
}
