package com.logicheck.ui.account;

import com.logicheck.ui.common.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The 登录 view: Enter in either field (or 登录) submits. */
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
