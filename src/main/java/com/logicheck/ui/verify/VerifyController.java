package com.logicheck.ui.verify;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;

/** The 验证签名 view: a table of verdicts; PDFs come from 选择文件… or are dropped anywhere on the screen. */
public final class VerifyController implements Screen {
    static final String BAD = "verdict-bad";
    static final String GOOD = "verdict-good";
    private final VerifyViewModel viewModel;
    private final Messages messages;
    private final Columns columns;
    private final Dialogs dialogs;
    @FXML
    private BorderPane root;
    @FXML
    private TableView<VerifyViewModel.Row> resultTable;
    @FXML
    private Label messageLabel;
    @FXML
    private Label trustHint;
    @FXML
    private Button trustButton;
    @FXML
    private Button chooseButton;

    public VerifyController(VerifyViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.columns = new Columns(messages);
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        resultTable.getColumns().setAll(List.of(
                column("verifyScreen.column.file", VerifyViewModel.Row::name, 330, null),
                column("verifyScreen.column.signer", VerifyViewModel.Row::signer, 200, null),
                column("verifyScreen.column.time", VerifyViewModel.Row::time, 150, null),
                column("verifyScreen.column.intact", VerifyViewModel.Row::intactText, 70, VerifyViewModel.Row::intact),
                column("verifyScreen.column.trusted", VerifyViewModel.Row::trustedText, 70, VerifyViewModel.Row::trusted),
                column("verifyScreen.column.reason", VerifyViewModel.Row::reason, 360, null)));
        resultTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        resultTable.setItems(viewModel.rows());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        trustHint.setText(messages.get(viewModel.supervisor() ? "verifyScreen.trust.hint" : "verifyScreen.trust.supervisorsOnly"));
        var selected = resultTable.getSelectionModel().selectedItemProperty();
        trustButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.supervisor() || selected.get() == null || !selected.get().trustable(), selected));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private TableColumn<VerifyViewModel.Row, String> column(String key, Function<VerifyViewModel.Row, String> value,
                                                            double width, Predicate<VerifyViewModel.Row> good) {
        TableColumn<VerifyViewModel.Row, String> c = columns.text(key, value, width);
        if (good != null) {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    getStyleClass().removeAll(BAD, GOOD);
                    VerifyViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null) {
                        getStyleClass().add(good.test(row) ? GOOD : BAD);
                    }
                }
            });
        }
        return c;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            viewModel.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    @FXML
    private void onChoose() {
        List<Path> files = dialogs.openMany(root.getScene().getWindow(), FileKind.SIGNED_PDF);
        if (!files.isEmpty()) {
            viewModel.add(files);
        }
    }

    @FXML
    private void onTrust() {
        VerifyViewModel.Row row = resultTable.getSelectionModel().getSelectedItem();
        if (viewModel.trustQuestion(row).map(q -> dialogs.confirm(root.getScene().getWindow(), q)).orElse(true)) {
            viewModel.trust(row);
        }
    }

    @FXML
    private void onClear() {
        viewModel.clear();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        chooseButton.requestFocus();
    }
}
