package com.logicheck.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;

/** The 已锁定 overlay: covers the whole window while locked; Enter unlocks. */
public final class LockController {
    private final IdleLockModel model;
    @FXML
    private StackPane lockPane;
    @FXML
    private Label userLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label messageLabel;

    public LockController(IdleLockModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        lockPane.visibleProperty().bind(model.lockedProperty());
        lockPane.managedProperty().bind(model.lockedProperty());
        userLabel.textProperty().bind(model.userProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        passwordField.setOnAction(e -> {
            e.consume();
            model.unlock();
        });
        model.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                passwordField.requestFocus();
            }
        });
    }

    @FXML
    private void onUnlock() {
        model.unlock();
    }

    @FXML
    private void onSwitchUser() {
        model.switchUser();
    }
}
