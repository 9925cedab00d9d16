package com.logicheck.ui;

import com.logicheck.service.CurrentUser;
import com.logicheck.ui.account.IdleLockModel;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ViewLoader.View;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The main window's accounts: which screen comes first (首次设置, 登录 or 首页), whether a screen may be shown (not
 * before a log-in), and the idle lock — keyboard and mouse input keep it away, a timer checks every
 * {@value #CHECK_SECONDS} s, Ctrl+L locks at once, and while locked no key reaches the screen underneath.
 */
final class AccountGuard {
    static final int CHECK_SECONDS = 15;
    static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private final AccountServices accounts;
    private final CurrentUser currentUser;
    private final ScreenFactory screens;
    private final IdleLockModel lock;
    private final Parent lockPane;
    private final Timeline timer;

    AccountGuard(AccountServices accounts, CurrentUser currentUser, ScreenFactory screens, StackPane root,
                 Runnable beforeLock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.screens = screens;
        this.lock = screens.idleLock(beforeLock);
        this.lockPane = screens.lock(lock).root();
        root.getChildren().add(lockPane);
        this.timer = new Timeline(new KeyFrame(Duration.seconds(CHECK_SECONDS), e -> lock.check()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    void attach(Scene scene) {
        EventHandler<InputEvent> input = e -> {
            if (lock.lockedProperty().get()) {
                if (e instanceof KeyEvent k && (!inside(k.getTarget()) || shortcut(scene, k))) {
                    e.consume();
                }
            } else {
                lock.touch();
            }
        };
        scene.addEventFilter(KeyEvent.ANY, input);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, input);
        scene.addEventFilter(ScrollEvent.ANY, input);
        scene.getAccelerators().put(LOCK, lock::lock);
        timer.play();
    }

    /** An accelerator or a mnemonic (Alt+letter) would act on the screen behind the lock. */
    private static boolean shortcut(Scene scene, KeyEvent k) {
        return k.isAltDown() || scene.getAccelerators().keySet().stream().anyMatch(c -> c.match(k));
    }

    private boolean inside(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == lockPane) {
                return true;
            }
        }
        return false;
    }

    View<? extends Screen> firstScreen() {
        if (accounts.setup().needed()) {
            return screens.setupWizard();
        }
        return logInNeeded() ? screens.logIn() : screens.home();
    }

    boolean logInNeeded() {
        return currentUser.loggedIn().isEmpty() && accounts.accounts().logInRequired();
    }

    IdleLockModel lock() {
        return lock;
    }

    void stop() {
        timer.stop();
    }
}
