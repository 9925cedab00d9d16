package com.logicheck.ui.settings;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SnapshotBindings;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.settings.SettingsViewModel.Shown;
import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The 单位设置 view: forms on the left, the history on the right. Enter in a field saves it; Ctrl+Z outside a text
 * field is 撤销; Esc goes home. Fields a person may not change are read-only rather than hidden.
 */
public final class SettingsController implements Screen {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Dialogs files;
    @FXML private TextField nameField;
    @FXML private Button saveNameButton;
    @FXML private ImageView logoPreview;
    @FXML private Label noLogoLabel;
    @FXML private Button chooseLogoButton;
    @FXML private Button removeLogoButton;
    @FXML private TextField idleField;
    @FXML private Button saveIdleButton;
    @FXML private CheckBox dutiesBox;
    @FXML private ChoiceBox<String> languageChoice;
    @FXML private CheckBox signAfterFinishCheck;
    @FXML private Label syncFolderLabel;
    @FXML private Button syncFolderButton;
    @FXML private Label dataFolderLabel;
    @FXML private ListView<String> historyList;
    @FXML private Button undoButton;
    @FXML private Label messageLabel;
    private final EventHandler<KeyEvent> keys = this::keys;

    public SettingsController(SettingsViewModel viewModel, Messages messages, Dialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.organisationProperty());
        idleField.textProperty().bindBidirectional(viewModel.idleMinutesProperty());
        ReadOnlyObjectProperty<Shown> shown = viewModel.shownProperty();
        BooleanBinding mayEdit = SnapshotBindings.flag(shown, Shown::mayEdit);
        for (Node n : List.of(saveNameButton, chooseLogoButton, saveIdleButton)) {
            n.disableProperty().bind(mayEdit.not());
        }
        nameField.editableProperty().bind(mayEdit);
        idleField.editableProperty().bind(mayEdit);
        dutiesBox.selectedProperty().bindBidirectional(viewModel.separationOfDutiesProperty());
        dutiesBox.disableProperty().bind(mayEdit.not());
        shown.addListener((o, old, now) -> {
            if (now.logoPng() != old.logoPng()) {
                showLogo(now.logoPng());
            }
        });
        removeLogoButton.disableProperty().bind(SnapshotBindings.flag(shown, v -> v.mayEdit() && v.logoPng() != null).not());
        languageChoice.getItems().setAll("zh", "en");
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.get("branding.language." + code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        signAfterFinishCheck.selectedProperty().bindBidirectional(viewModel.signAfterFinishProperty());
        SnapshotBindings.text(syncFolderLabel, shown, Shown::syncFolder);
        dataFolderLabel.textProperty().bind(viewModel.dataFolderProperty());
        historyList.itemsProperty().bind(Bindings.createObjectBinding(
                () -> FXCollections.observableArrayList(shown.get().history()), shown));
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
            }
        });
        SnapshotBindings.text(undoButton, shown, Shown::undoText);
        undoButton.disableProperty().bind(SnapshotBindings.flag(shown, Shown::undoable).not());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.failedProperty().addListener((o, was, failed) -> {
            messageLabel.getStyleClass().remove(Styles.ERROR_TEXT);
            if (failed) {
                messageLabel.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        nameField.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
        });
        viewModel.load();
    }

    /** Esc goes home; Ctrl+Z undoes the last saved change unless a text field wants it for its own text. */
    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            viewModel.home();
        } else if (UNDO.match(e) && !(e.getTarget() instanceof TextInputControl)) {
            e.consume();
            viewModel.undo();
        }
    }

    private void showLogo(byte[] png) {
        Image image = png == null ? null : new Image(new ByteArrayInputStream(png));
        logoPreview.setImage(image == null || image.isError() ? null : image);
        noLogoLabel.setVisible(logoPreview.getImage() == null);
    }

    @FXML
    private void onSaveName() {
        viewModel.saveName();
    }

    @FXML
    private void onChooseLogo() {
        files.open(nameField.getScene().getWindow(), FileKind.LOGO).ifPresent(viewModel::replaceLogo);
    }

    @FXML
    private void onRemoveLogo() {
        viewModel.removeLogo();
    }

    @FXML
    private void onSaveDuties() {
        viewModel.saveSeparationOfDuties();
    }

    @FXML
    private void onSaveIdle() {
        viewModel.saveIdleMinutes();
    }

    @FXML
    private void onChooseSyncFolder() {
        files.chooseFolder(nameField.getScene().getWindow(), FileKind.SETUP_FOLDER).ifPresent(viewModel::chooseSyncFolder);
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    /**
     * The name field takes the focus. It sits in a ScrollPane, whose content joins the scene only when the pane's skin
     * is made (the next pulse), so the request waits for that.
     */
    @Override
    public void shown() {
        if (nameField.getScene() != null) {
            nameField.requestFocus();
            return;
        }
        nameField.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o,
                                Scene old, Scene scene) {
                if (scene != null) {
                    o.removeListener(this);
                    Platform.runLater(nameField::requestFocus);
                }
            }
        });
    }
}
