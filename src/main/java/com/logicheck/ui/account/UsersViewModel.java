package com.logicheck.ui.account;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AccountService;
import com.logicheck.service.AccountService.UserAccount;
import com.logicheck.service.SessionSettings;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 用户管理 (管理员): the organisation's people with their login, role and state; add an account, give a person without
 * one a login, reset a password, change a role, deactivate or reactivate; and the idle-lock minutes. Every refusal is
 * the service's, with its message; passwords are cleared after every attempt.
 */
public final class UsersViewModel {
    /** The roles an account can have. */
    public static final List<Role> ROLES = List.of(Role.INSPECTOR, Role.SUPERVISOR, Role.ADMIN);
    private final AccountService accounts;
    private final SessionSettings session;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newLogin = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.INSPECTOR);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newRepeated = new SimpleStringProperty("");
    private final ObjectProperty<Role> selectedRole = new SimpleObjectProperty<>();
    private final StringProperty grantLogin = new SimpleStringProperty("");
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty resetRepeated = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty("");

    /** One person, every cell in words. */
    public record Row(UserAccount account, String name, String login, String role, String state) {
    }

    public UsersViewModel(AccountService accounts, SessionSettings session, Messages messages, TaskExecutor executor,
                          Navigator navigator, UUID actorId) {
        this.accounts = accounts;
        this.session = session;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        selected.addListener((o, old, row) -> {
            selectedRole.set(row == null ? null : row.account().role());
            selectedText.set(row == null ? messages.get("users.noSelection")
                    : messages.get("users.selected", row.name(), row.login()));
            grantLogin.set("");
            resetPassword.set("");
            resetRepeated.set("");
        });
        selectedText.set(messages.get("users.noSelection"));
    }

    public void refresh() {
        executor.submit(() -> new Loaded(accounts.userAccounts(), session.idleMinutes()), loaded -> {
            UUID keep = selected.get() == null ? null : selected.get().account().id();
            rows.setAll(loaded.accounts().stream().map(this::row).toList());
            idleMinutes.set(Integer.toString(loaded.idleMinutes()));
            selected.set(rows.stream().filter(r -> r.account().id().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    private record Loaded(List<UserAccount> accounts, int idleMinutes) {
    }

    private Row row(UserAccount a) {
        return new Row(a, a.name(), a.login() == null ? messages.get("users.noLogin") : a.login(), messages.label(a.role()),
                messages.get(a.active() ? "users.active" : "users.inactive"));
    }

    /** 添加用户. */
    public void add() {
        char[] p = newPassword.get().toCharArray();
        char[] r = newRepeated.get().toCharArray();
        String name = newName.get();
        String login = newLogin.get();
        Role role = newRole.get();
        newPassword.set("");
        newRepeated.set("");
        run(() -> {
            AccountService.requireSame(p, r);
            accounts.create(actorId, new AccountService.NewAccount(name, login, p, role));
            return messages.get("users.added", name.strip()) + messages.get("users.mustChangeNote");
        }, () -> {
            newName.set("");
            newLogin.set("");
        });
    }

    /** 重置密码, or 开通登录 for a person who has no login yet (then the login name field is used too). */
    public void resetOrGrant() {
        Row row = selected.get();
        char[] p = resetPassword.get().toCharArray();
        char[] r = resetRepeated.get().toCharArray();
        String login = grantLogin.get();
        resetPassword.set("");
        resetRepeated.set("");
        if (row == null) {
            return;
        }
        run(() -> {
            AccountService.requireSame(p, r);
            if (row.account().login() == null) {
                accounts.grantLogin(actorId, row.account().id(), login, p);
                return messages.get("users.granted", row.name()) + messages.get("users.mustChangeNote");
            }
            accounts.resetPassword(actorId, row.account().id(), p);
            return messages.get("users.reset", row.name());
        }, () -> grantLogin.set(""));
    }

    public void changeRole() {
        Row row = selected.get();
        Role role = selectedRole.get();
        if (row == null || role == null) {
            return;
        }
        run(() -> {
            accounts.changeRole(actorId, row.account().id(), role);
            return messages.get("users.roleChanged", row.name(), messages.label(role));
        }, () -> { });
    }

    /** 停用 or 启用, whichever the selected person is not. */
    public void toggleActive() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        boolean deactivate = row.account().active();
        run(() -> {
            if (deactivate) {
                accounts.deactivate(actorId, row.account().id());
                return messages.get("users.deactivated", row.name());
            }
            accounts.reactivate(actorId, row.account().id());
            return messages.get("users.reactivated", row.name());
        }, () -> { });
    }

    public void saveIdleMinutes() {
        String text = idleMinutes.get() == null ? "" : idleMinutes.get().strip();
        run(() -> {
            int n;
            try {
                n = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new DomainException(Problem.of("problem.account.idleMinutes", SessionSettings.MAX_IDLE_MINUTES));
            }
            session.setIdleMinutes(actorId, n);
            return n == 0 ? messages.get("users.idleNever") : messages.get("users.idleSaved", n);
        }, () -> { });
    }

    public void home() {
        navigator.home();
    }

    private void run(Callable<String> work, Runnable after) {
        executor.submit(work, done -> {
            after.run();
            failed.set(false);
            message.set(done);
            refresh();
        }, this::fail);
    }

    private void fail(Exception e) {
        failed.set(true);
        message.set(Failures.describe(e, messages));
    }

    /** True while the message is a refusal (shown in red). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True when the selected person has no login yet: the form offers 开通登录 with a login name. */
    public boolean selectedHasNoLogin() {
        return selected.get() != null && selected.get().account().login() == null;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newRepeatedProperty() {
        return newRepeated;
    }

    public ObjectProperty<Role> selectedRoleProperty() {
        return selectedRole;
    }

    public StringProperty grantLoginProperty() {
        return grantLogin;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetRepeatedProperty() {
        return resetRepeated;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }
}
