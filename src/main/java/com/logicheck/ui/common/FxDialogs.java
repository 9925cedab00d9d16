package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link Dialogs} with the platform's choosers and alerts. Remembers, this session, the last folder of each
 * {@link FileKind.Folder} group, so a choice on one group of screens does not move another's.
 */
public final class FxDialogs implements Dialogs {
    private static final double REASON_WIDTH = 480;
    private final Messages messages;
    private final Map<FileKind.Folder, LastFolder> lastFolders = new EnumMap<>(FileKind.Folder.class);

    public FxDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, FileKind kind) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get(kind.titleKey()));
        LastFolder last = lastFolder(kind);
        return last.folder(last.startIn(chooser).showDialog(owner));
    }

    @Override
    public Optional<Path> open(Window owner, FileKind kind) {
        return chosen(kind, chooser(kind).showOpenDialog(owner));
    }

    @Override
    public List<Path> openMany(Window owner, FileKind kind) {
        return lastFolder(kind).files(chooser(kind).showOpenMultipleDialog(owner));
    }

    @Override
    public Optional<Path> save(Window owner, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(kind);
        chooser.setInitialFileName(suggestedName);
        return chosen(kind, chooser.showSaveDialog(owner));
    }

    @Override
    public boolean confirm(Window owner, String question) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(messages.get("entries.dialog.confirm"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public Optional<String> askReason(Window owner, String explanation, String action) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("entries.dialog.confirm"));
        dialog.setHeaderText(null);
        Label what = new Label(explanation);
        what.setWrapText(true);
        what.setMaxWidth(REASON_WIDTH);
        TextArea reason = new TextArea();
        reason.setId("reasonText");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPrefWidth(REASON_WIDTH);
        reason.setPromptText(messages.get("dialog.reason.prompt"));
        Label label = new Label(messages.get("dialog.reason.label"));
        label.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(8, what, label, reason));
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(act, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(act).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank(), reason.textProperty()));
        dialog.setResultConverter(b -> b == act ? reason.getText().strip() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public int choose(Window owner, String question, List<String> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean last = i == choices.size() - 1;
            buttons.add(new ButtonType(choices.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, buttons.toArray(ButtonType[]::new));
        ask.setHeaderText(null);
        ask.setTitle(messages.get("entries.dialog.confirm"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        int chosen = ask.showAndWait().map(buttons::indexOf).orElse(-1);
        return chosen < 0 ? choices.size() - 1 : chosen;
    }

    @Override
    public void tell(Window owner, String message) {
        Alert tell = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        tell.setHeaderText(null);
        tell.setTitle(messages.get("app.title"));
        if (owner != null) {
            tell.initOwner(owner);
        }
        tell.showAndWait();
    }

    @Override
    public Optional<String> askCode(Window owner, String header, String prompt) {
        TextInputDialog dialog = new TextInputDialog();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("checkin.dialog.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<String> askTitle(Window owner, String header, String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(messages.get("editor.dialog.title"));
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    private FileChooser chooser(FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(kind.titleKey()));
        for (FileKind.Filter filter : kind.filters()) {
            String label = filter.translated() ? messages.get(filter.label()) : filter.label();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, filter.patterns()));
        }
        return lastFolder(kind).startIn(chooser);
    }

    private Optional<Path> chosen(FileKind kind, File file) {
        return kind.movesFolder() ? lastFolder(kind).file(file) : Optional.ofNullable(file).map(File::toPath);
    }

    /** The group's remembered folder; a {@code NONE} dialog gets a fresh one, so it starts nowhere and keeps nothing. */
    private LastFolder lastFolder(FileKind kind) {
        if (kind.folder() == FileKind.Folder.NONE) {
            return new LastFolder();
        }
        return lastFolders.computeIfAbsent(kind.folder(), f -> new LastFolder());
    }
}
