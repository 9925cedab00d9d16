package com.logicheck.ui.account;

import com.logicheck.i18n.Messages;
import com.logicheck.service.AccountService;
import com.logicheck.service.CurrentUser;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 登录: login name (the last user's, filled in) and password; a right password opens 首页, a wrong one says so and
 * clears the password field. The pause after five failures is the service's (ADR 0013). When an administrator set
 * the password (reset, new account), the right password opens the 修改密码 step instead: new password twice, same
 * rules; 确定 logs in and opens 首页, 取消 logs out (ADR 0025). Nobody is the current user before that.
 */
public final class LogInViewModel {
    private final AccountService accounts;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organisation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loginKnown = new SimpleBooleanProperty(false);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeatPassword = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper changeHeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeMessage = new ReadOnlyStringWrapper("");
    private UUID changingFor;
    private char[] givenPassword;

    public LogInViewModel(AccountService accounts, CurrentUser currentUser, String organisationName, Messages messages,
                          TaskExecutor executor, Navigator navigator) {
        this.accounts = accounts;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.organisation.set(organisationName == null ? "" : organisationName);
        currentUser.lastUserId().flatMap(accounts::userAccount).filter(a -> a.login() != null && a.active())
                .ifPresent(a -> login.set(a.login()));
        loginKnown.set(!login.get().isEmpty());
    }

    public void logIn() {
        if (busy.get()) {
            return;
        }
        if (login.get().isBlank()) {
            message.set(messages.get("problem.account.loginEmpty"));
            return;
        }
        if (password.get().isEmpty()) {
            message.set(messages.get("account.login.passwordEmpty"));
            return;
        }
        char[] typed = password.get().toCharArray();
        String name = login.get();
        busy.set(true);
        message.set(messages.get("account.login.checking"));
        executor.submit(() -> accounts.logIn(name, typed), result -> {
            busy.set(false);
            password.set("");
            message.set("");
            if (result.passwordChangeRequired()) {
                changingFor = result.person().id();
                givenPassword = typed;
                changeHeader.set(messages.get("account.mustChange.header", result.person().name()));
                changeMessage.set("");
                changing.set(true);
            } else {
                Arrays.fill(typed, '\0');
                navigator.home();
            }
        }, e -> {
            busy.set(false);
            password.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    /** 确定 in the 修改密码 step: the new password (typed twice) replaces the given one, then 首页 opens. */
    public void changePassword() {
        if (busy.get() || !changing.get()) {
            return;
        }
        char[] fresh = newPassword.get().toCharArray();
        char[] repeated = repeatPassword.get().toCharArray();
        UUID who = changingFor;
        char[] given = givenPassword;
        busy.set(true);
        changeMessage.set(messages.get("account.login.checking"));
        executor.submit(() -> accounts.completeLogIn(who, given, fresh, repeated), person -> {
            busy.set(false);
            endChange();
            navigator.home();
        }, e -> {
            busy.set(false);
            newPassword.set("");
            repeatPassword.set("");
            changeMessage.set(Failures.describe(e, messages));
        });
    }

    /** 取消 in the 修改密码 step: nobody is logged in; back to the log-in form. */
    public void cancelChange() {
        if (!changing.get()) {
            return;
        }
        endChange();
        message.set(messages.get("account.mustChange.cancelled"));
    }

    private void endChange() {
        if (givenPassword != null) {
            Arrays.fill(givenPassword, '\0');
        }
        givenPassword = null;
        changingFor = null;
        newPassword.set("");
        repeatPassword.set("");
        changeMessage.set("");
        changing.set(false);
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatPasswordProperty() {
        return repeatPassword;
    }

    /** True while the 修改密码 step is shown. */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeHeaderProperty() {
        return changeHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeMessageProperty() {
        return changeMessage.getReadOnlyProperty();
    }

    /** True when the login name was filled in from the last user, so the keyboard starts in the password field. */
    public boolean loginKnown() {
        return loginKnown.get();
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisationProperty() {
        return organisation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
