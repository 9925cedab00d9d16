package com.logicheck.ui.account;

import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AccountService;
import com.logicheck.service.CurrentUser;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.GridPane;

/**
 * The logged-in person's menu in the 首页 header: 修改密码, 用户管理 (管理员 only), 锁定 (Ctrl+L), 退出登录 / 切换用户.
 * Only shown while someone is logged in.
 */
public final class AccountMenu {
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Navigator navigator;
    private final Messages messages;
    private final TaskExecutor executor;

    public AccountMenu(AccountService accounts, CurrentUser currentUser, Navigator navigator, Messages messages,
                       TaskExecutor executor) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.navigator = navigator;
        this.messages = messages;
        this.executor = executor;
    }

    /** The menu button, or null when nobody is logged in (a data folder without accounts). */
    public MenuButton button() {
        Person p = currentUser.loggedIn().orElse(null);
        if (p == null) {
            return null;
        }
        MenuButton menu = new MenuButton(messages.get("account.menu", p.name(), messages.label(p.role())));
        menu.setId("accountMenu");
        MenuItem password = item("accountMenuPassword", "account.menu.password", this::changePassword);
        MenuItem users = item("accountMenuUsers", "account.menu.users", navigator::users);
        MenuItem lock = item("accountMenuLock", "account.menu.lock", navigator::lock);
        MenuItem logOut = item("accountMenuLogOut", "account.menu.logOut", () -> {
            currentUser.logOut();
            navigator.logIn();
        });
        menu.getItems().add(password);
        if (AccessPolicy.allows(p.role(), Permission.MANAGE_ACCOUNTS)) {
            menu.getItems().add(users);
        }
        menu.getItems().addAll(lock, new SeparatorMenuItem(), logOut);
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem i = new MenuItem(messages.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void changePassword() {
        Person p = currentUser.loggedIn().orElse(null);
        if (p == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("account.password.title"));
        dialog.setHeaderText(messages.get("account.password.header", p.name()));
        PasswordField old = new PasswordField();
        PasswordField fresh = new PasswordField();
        PasswordField repeat = new PasswordField();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label(messages.get("account.password.old")), old);
        grid.addRow(1, new Label(messages.get("users.newPassword")), fresh);
        grid.addRow(2, new Label(messages.get("setup.admin.repeat")), repeat);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> old.requestFocus());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            char[] o = old.getText().toCharArray();
            char[] n = fresh.getText().toCharArray();
            char[] r = repeat.getText().toCharArray();
            executor.submit(() -> {
                accounts.changePassword(p.id(), o, n, r);
                return true;
            }, ok -> tell(Alert.AlertType.INFORMATION, messages.get("account.password.changed")),
                    e -> tell(Alert.AlertType.ERROR, Failures.describe(e, messages)));
        });
    }

    private void tell(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(messages.get("account.password.title"));
        alert.show();
    }
}
