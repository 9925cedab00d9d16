package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.WritableValue;

/**
 * Background work a screen waits for (签字, 完成检查, 导出, 更正, 开始检查): busy while it runs, so the screen can keep
 * its buttons off, and on failure not busy any more with the reason in the screen's message. Written once so every
 * screen ends its wait the same way, whichever way the work ends.
 */
public final class BusyWork {
    private final TaskExecutor executor;
    private final Messages messages;
    private final WritableValue<String> message;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** Work run on {@code executor}; a failure's sentence goes into {@code message}. */
    public BusyWork(TaskExecutor executor, Messages messages, WritableValue<String> message) {
        this.executor = executor;
        this.messages = messages;
        this.message = message;
    }

    /** Runs {@code work} in the background while busy; then {@code done} with its result, once no longer busy. */
    public <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        executor.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            message.setValue(Failures.describe(e, messages));
        });
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
