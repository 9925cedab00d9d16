package com.logicheck.ui.account;

import com.logicheck.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The 登录 view: Enter in either field (or 登录) submits. The 设置新密码 card replaces the form while a password an
 * administrator set must be changed: Enter moves on and confirms, Esc (or 取消) logs out.
 */
public final class LogInController implements Screen {
    private final LogInViewModel viewModel;
    @FXML
    private Label organisationLabel;
    @FXML
    private TextField loginField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button logInButton;
    @FXML
    private Label messageLabel;
    @FXML
    private VBox logInCard;
    @FXML
    private VBox changeCard;
    @FXML
    private Label changeHeaderLabel;
    @FXML
    private PasswordField newPasswordField;
    @FXML
    private PasswordField repeatPasswordField;
    @FXML
    private Label changeMessageLabel;
    @FXML
    private Button changeButton;

    public LogInController(LogInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        organisationLabel.textProperty().bind(viewModel.organisationProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        logInButton.disableProperty().bind(viewModel.busyProperty());
        loginField.setOnAction(e -> {
            e.consume();
            passwordField.requestFocus();
        });
        passwordField.setOnAction(e -> {
            e.consume();
            viewModel.logIn();
        });
        changeCard.visibleProperty().bind(viewModel.changingProperty());
        logInCard.visibleProperty().bind(viewModel.changingProperty().not());
        logInButton.defaultButtonProperty().bind(viewModel.changingProperty().not());
        changeButton.defaultButtonProperty().bind(viewModel.changingProperty());
        changeButton.disableProperty().bind(viewModel.busyProperty());
        changeHeaderLabel.textProperty().bind(viewModel.changeHeaderProperty());
        changeMessageLabel.textProperty().bind(viewModel.changeMessageProperty());
        changeMessageLabel.visibleProperty().bind(changeMessageLabel.textProperty().isNotEmpty());
        changeMessageLabel.managedProperty().bind(changeMessageLabel.visibleProperty());
        newPasswordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        repeatPasswordField.textProperty().bindBidirectional(viewModel.repeatPasswordProperty());
        newPasswordField.setOnAction(e -> {
            e.consume();
            repeatPasswordField.requestFocus();
        });
        repeatPasswordField.setOnAction(e -> {
            e.consume();
            viewModel.changePassword();
        });
        viewModel.changingProperty().addListener((o, was, is) -> (is ? newPasswordField : passwordField).requestFocus());
        changeMessageLabel.textProperty().addListener((o, a, b) -> {
            if (viewModel.changingProperty().get() && !b.isEmpty() && newPasswordField.getText().isEmpty()) {
                newPasswordField.requestFocus();
            }
        });
    }

    @FXML
    private void onChange() {
        viewModel.changePassword();
    }

    @FXML
    private void onCancelChange() {
        viewModel.cancelChange();
    }

    @FXML
    private void onLogIn() {
        viewModel.logIn();
    }

    @Override
    public void shown() {
        (viewModel.loginKnown() ? passwordField : loginField).requestFocus();
    }
}
