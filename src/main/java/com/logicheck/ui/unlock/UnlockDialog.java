package com.logicheck.ui.unlock;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.ViewLoader;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The password prompt of an encrypted data folder (数据库密码), shown before the main window (ADR 0017). Enter
 * opens, Esc quits; after a wrong password it shows why and asks again, as often as needed.
 */
public final class UnlockDialog {
    private final Messages messages;

    public UnlockDialog(Messages messages) {
        this.messages = messages;
    }

    /** Asks on the UI thread (waiting for it when called from elsewhere); empty when the user chose to quit. */
    public Optional<char[]> ask(String folder, String error) {
        if (Platform.isFxApplicationThread()) {
            return show(folder, error);
        }
        FutureTask<Optional<char[]>> task = new FutureTask<>(() -> show(folder, error));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<char[]> show(String folder, String error) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("unlock.title"));
        dialog.setHeaderText(messages.get("unlock.header", folder));
        ButtonType open = new ButtonType(messages.get("unlock.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().getStylesheets().add(ViewLoader.themeUrl());
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPromptText(messages.get("unlock.prompt"));
        Label problem = new Label(error == null ? "" : error);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setManaged(error != null);
        VBox box = new VBox(10, new Label(messages.get("unlock.prompt")), field, problem);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
