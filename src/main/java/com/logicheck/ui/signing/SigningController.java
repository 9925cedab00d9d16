package com.logicheck.ui.signing;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.SnapshotBindings;
import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The 签字 view: three signature pads, the image choice, the refusal and the password. Esc cancels. */
public final class SigningController implements Screen {
    private static final String ERROR = "error-text";
    private static final String STATUS = "status-text";
    private final SigningViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private BorderPane root;
    @FXML
    private Label titleLabel;
    @FXML
    private Label detailsLabel;
    @FXML
    private Label inspectorNameLabel;
    @FXML
    private RadioButton drawRadio;
    @FXML
    private RadioButton imageRadio;
    @FXML
    private StackPane inspectorPadBox;
    @FXML
    private ImageView imagePreview;
    @FXML
    private Button clearInspectorButton;
    @FXML
    private Button chooseImageButton;
    @FXML
    private CheckBox rememberCheck;
    @FXML
    private TextField inspecteeNameField;
    @FXML
    private StackPane inspecteePadBox;
    @FXML
    private CheckBox refusedCheck;
    @FXML
    private TextField refusalField;
    @FXML
    private TextField witnessField;
    @FXML
    private TextField reviewerNameField;
    @FXML
    private StackPane reviewerPadBox;
    @FXML
    private Label messageLabel;
    @FXML
    private Label keyHintLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button signButton;
    private SignaturePad inspectorPad;

    public SigningController(SigningViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        var sheet = viewModel.sheet();
        SnapshotBindings.text(titleLabel, sheet, s -> s.header().title());
        SnapshotBindings.text(detailsLabel, sheet, s -> s.header().details());
        SnapshotBindings.text(inspectorNameLabel, sheet, SigningSheet::inspectorName);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        SnapshotBindings.text(keyHintLabel, sheet, SigningSheet::keyHint);

        inspectorPad = pad(viewModel.inspectorInk(), "inspectorPad");
        inspectorPadBox.getChildren().add(inspectorPad);
        SignaturePad inspecteePad = pad(viewModel.inspecteeInk(), "inspecteePad");
        inspecteePadBox.getChildren().add(inspecteePad);
        reviewerPadBox.getChildren().add(pad(viewModel.reviewerInk(), "reviewerPad"));

        var useImage = viewModel.useImageProperty();
        imageRadio.setSelected(useImage.get());
        drawRadio.setSelected(!useImage.get());
        useImage.addListener((o, a, b) -> {
            imageRadio.setSelected(b);
            drawRadio.setSelected(!b);
        });
        imageRadio.selectedProperty().addListener((o, a, b) -> useImage.set(b));
        SnapshotBindings.shownWhen(inspectorPad, useImage.not());
        SnapshotBindings.shownWhen(clearInspectorButton, useImage.not());
        SnapshotBindings.shownWhen(imagePreview, useImage);
        SnapshotBindings.shownWhen(rememberCheck, useImage);
        imageRadio.disableProperty().bind(viewModel.imageProperty().isNull());
        viewModel.imageProperty().addListener((o, a, png) -> preview(png));
        preview(viewModel.imageProperty().get());
        rememberCheck.selectedProperty().bindBidirectional(viewModel.rememberImageProperty());

        inspecteeNameField.textProperty().bindBidirectional(viewModel.inspecteeNameProperty());
        refusedCheck.selectedProperty().bindBidirectional(viewModel.inspecteeRefusedProperty());
        refusalField.textProperty().bindBidirectional(viewModel.refusalReasonProperty());
        SnapshotBindings.shownWhen(refusalField, viewModel.inspecteeRefusedProperty());
        witnessField.textProperty().bindBidirectional(viewModel.witnessProperty());
        SnapshotBindings.shownWhen(witnessField, viewModel.inspecteeRefusedProperty());
        inspecteePad.disableProperty().bind(viewModel.inspecteeRefusedProperty());
        reviewerNameField.textProperty().bindBidirectional(viewModel.reviewerNameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());

        viewModel.busyProperty().addListener((o, was, busy) -> {
            messageLabel.getStyleClass().removeAll(ERROR, STATUS);
            messageLabel.getStyleClass().add(busy ? STATUS : ERROR);
        });
        signButton.disableProperty().bind(viewModel.busyProperty().or(SnapshotBindings.flag(sheet, SigningSheet::signable).not()));
        passwordField.setOnAction(e -> viewModel.sign());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                e.consume();
            }
        });
        viewModel.load();
    }

    private SignaturePad pad(SignatureInk ink, String id) {
        SignaturePad pad = new SignaturePad(ink, messages.get("signing.pad.prompt"));
        pad.setId(id);
        return pad;
    }

    private void preview(byte[] png) {
        imagePreview.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
    }

    @FXML
    private void onClearInspector() {
        viewModel.inspectorInk().clear();
    }

    @FXML
    private void onClearInspectee() {
        viewModel.inspecteeInk().clear();
    }

    @FXML
    private void onClearReviewer() {
        viewModel.reviewerInk().clear();
    }

    @FXML
    private void onChooseImage() {
        dialogs.open(root.getScene().getWindow(), FileKind.SIGNATURE_IMAGE).ifPresent(viewModel::chooseImage);
    }

    @FXML
    private void onSign() {
        viewModel.sign();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @Override
    public void shown() {
        if (viewModel.useImageProperty().get()) {
            passwordField.requestFocus();
        } else {
            inspectorPad.requestFocus();
        }
    }
}
