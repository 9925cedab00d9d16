package com.logicheck.ui.account;

import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The 用户管理 view: the people table on the left, the forms on the right. */
public final class UsersController implements Screen {
    private static final String STATUS = "status-text";
    private final UsersViewModel viewModel;
    private final Messages messages;
    @FXML
    private TableView<UsersViewModel.Row> userTable;
    @FXML
    private TextField nameField;
    @FXML
    private TextField loginField;
    @FXML
    private ChoiceBox<Role> roleChoice;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField repeatField;
    @FXML
    private Label selectedLabel;
    @FXML
    private ChoiceBox<Role> selectedRoleChoice;
    @FXML
    private Button roleButton;
    @FXML
    private Button activeButton;
    @FXML
    private Label grantLoginLabel;
    @FXML
    private TextField grantLoginField;
    @FXML
    private PasswordField resetField;
    @FXML
    private PasswordField resetRepeatField;
    @FXML
    private Button resetButton;
    @FXML
    private TextField idleField;
    @FXML
    private Label messageLabel;

    public UsersController(UsersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Columns columns = new Columns(messages);
        userTable.getColumns().setAll(List.of(
                columns.text("users.column.name", UsersViewModel.Row::name, 140),
                columns.text("users.column.login", UsersViewModel.Row::login, 140),
                columns.text("users.column.role", UsersViewModel.Row::role, 120),
                columns.text("users.column.state", UsersViewModel.Row::state, 80)));
        userTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        userTable.setItems(viewModel.rows());
        userTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((o, old, row) -> {
            if (userTable.getSelectionModel().getSelectedItem() != row) {
                userTable.getSelectionModel().select(row);
            }
            boolean grant = viewModel.selectedHasNoLogin();
            grantLoginLabel.setVisible(grant);
            grantLoginField.setVisible(grant);
            grantLoginLabel.setManaged(grant);
            grantLoginField.setManaged(grant);
            resetButton.setText(messages.get(grant ? "users.grantLogin" : "users.resetPassword"));
            activeButton.setText(messages.get(row != null && !row.account().active() ? "users.reactivate" : "users.deactivate"));
        });
        grantLoginLabel.setVisible(false);
        grantLoginField.setVisible(false);
        grantLoginLabel.setManaged(false);
        grantLoginField.setManaged(false);
        nameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        loginField.textProperty().bindBidirectional(viewModel.newLoginProperty());
        roles(roleChoice);
        roleChoice.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        passwordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        repeatField.textProperty().bindBidirectional(viewModel.newRepeatedProperty());
        selectedLabel.textProperty().bind(viewModel.selectedTextProperty());
        roles(selectedRoleChoice);
        selectedRoleChoice.valueProperty().bindBidirectional(viewModel.selectedRoleProperty());
        var none = Bindings.isNull(viewModel.selectedProperty());
        selectedRoleChoice.disableProperty().bind(none);
        roleButton.disableProperty().bind(none);
        activeButton.disableProperty().bind(none);
        resetButton.disableProperty().bind(none);
        grantLoginField.textProperty().bindBidirectional(viewModel.grantLoginProperty());
        resetField.textProperty().bindBidirectional(viewModel.resetPasswordProperty());
        resetRepeatField.textProperty().bindBidirectional(viewModel.resetRepeatedProperty());
        idleField.textProperty().bindBidirectional(viewModel.idleMinutesProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.failedProperty().addListener((o, was, failed) -> {
            messageLabel.getStyleClass().removeAll(Styles.ERROR_TEXT, STATUS);
            messageLabel.getStyleClass().add(failed ? Styles.ERROR_TEXT : STATUS);
        });
        viewModel.refresh();
    }

    private void roles(ChoiceBox<Role> box) {
        box.getItems().setAll(UsersViewModel.ROLES);
        box.setConverter(ShownAs.text(r -> messages.label(r)));
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onChangeRole() {
        viewModel.changeRole();
    }

    @FXML
    private void onToggleActive() {
        viewModel.toggleActive();
    }

    @FXML
    private void onReset() {
        viewModel.resetOrGrant();
    }

    @FXML
    private void onSaveIdle() {
        viewModel.saveIdleMinutes();
    }

    @FXML
    private void onHome() {
        viewModel.home();
    }

    @Override
    public void shown() {
        nameField.requestFocus();
    }
}
