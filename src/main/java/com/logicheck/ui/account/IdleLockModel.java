package com.logicheck.ui.account;

import com.logicheck.i18n.Messages;
import com.logicheck.service.AccountService;
import com.logicheck.service.CurrentUser;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 空闲锁定: after the configured minutes without keyboard or mouse input the window's content is hidden until the
 * logged-in person types their password again (or someone else logs in: 切换用户). Pending input is saved first
 * ({@code beforeLock}: the current screen's {@code leaving()}). Only while someone is logged in: a data folder
 * without accounts has no password to ask for. The clock is injected; the window calls {@link #check()} on a timer.
 */
public final class IdleLockModel {
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Clock clock;
    private final Supplier<Duration> limit;
    private final Runnable beforeLock;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty password = new SimpleStringProperty("");
    private Instant lastInput;

    /** {@code limit}: the idle time before locking, read at every check (a changed setting applies at once); zero = never. */
    public IdleLockModel(AccountService accounts, CurrentUser currentUser, Messages messages, TaskExecutor executor,
                         Navigator navigator, Clock clock, Supplier<Duration> limit, Runnable beforeLock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
        this.limit = limit;
        this.beforeLock = beforeLock;
        this.lastInput = clock.instant();
    }

    /** Keyboard or mouse input happened. */
    public void touch() {
        if (!locked.get()) {
            lastInput = clock.instant();
        }
    }

    /** Locks when the idle time has run out. */
    public void check() {
        Duration max = limit.get();
        if (!locked.get() && !max.isZero() && !Duration.between(lastInput, clock.instant()).minus(max).isNegative()) {
            lock();
        }
    }

    /** 锁定 now (also Ctrl+L). Nothing happens when nobody is logged in. */
    public void lock() {
        if (locked.get() || currentUser.loggedIn().isEmpty()) {
            return;
        }
        beforeLock.run();
        currentUser.lock();
        user.set(messages.get("account.lock.user", currentUser.loggedIn().get().name()));
        password.set("");
        message.set("");
        locked.set(true);
    }

    public void unlock() {
        var person = currentUser.loggedIn();
        if (!locked.get() || person.isEmpty()) {
            return;
        }
        if (password.get().isEmpty()) {
            message.set(messages.get("account.login.passwordEmpty"));
            return;
        }
        char[] typed = password.get().toCharArray();
        executor.submit(() -> {
            accounts.confirm(person.get().id(), typed);
            return true;
        }, ok -> {
            password.set("");
            message.set("");
            lastInput = clock.instant();
            locked.set(false);
        }, e -> {
            password.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    /** 切换用户: the locked session ends and the log-in screen asks who is there. */
    public void switchUser() {
        currentUser.logOut();
        password.set("");
        message.set("");
        lastInput = clock.instant();
        locked.set(false);
        navigator.logIn();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
