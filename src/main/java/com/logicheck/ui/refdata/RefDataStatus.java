package com.logicheck.ui.refdata;

import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceData;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What both tabs of 基础资料 share: who acts and whether they may edit, the status line (green or red), the 撤销 button's
 * text, and running work off the UI thread with every tab refreshed afterwards.
 */
public final class RefDataStatus {
    private final ReferenceData data;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final boolean mayEdit;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> refreshers = new ArrayList<>();

    public RefDataStatus(ReferenceData data, Messages messages, TaskExecutor executor, Navigator navigator, UUID actorId,
                         boolean mayEdit) {
        this.data = data;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.mayEdit = mayEdit;
        undoText.set(messages.get("refdata.undo"));
        if (!mayEdit) {
            message.set(messages.get("refdata.readOnly"));
        }
    }

    /** A tab's reload, run after every change (also after a refusal: the data may have moved on). */
    void onRefresh(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** Runs {@code work} off the UI thread; its result is the status message; then every tab reloads. */
    void run(Callable<String> work, Runnable after) {
        executor.submit(work, done -> {
            after.run();
            failed.set(false);
            message.set(done);
            refreshAll();
        }, this::fail);
    }

    <T> void load(Callable<T> work, Consumer<T> onLoaded) {
        executor.submit(work, onLoaded, this::fail);
    }

    public void refreshAll() {
        refreshers.forEach(Runnable::run);
        executor.submit(() -> data.undoable(actorId), what -> {
            undoable.set(what.isPresent());
            undoText.set(what.map(p -> messages.get("refdata.undoWhat", messages.problem(p)))
                    .orElse(messages.get("refdata.undo")));
        }, this::fail);
    }

    /** 撤销 the last edit of this person. */
    public void undo() {
        run(() -> messages.get("refdata.undone", messages.problem(data.undo(actorId))), () -> { });
    }

    void fail(Exception e) {
        failed.set(true);
        message.set(Failures.describe(e, messages));
    }

    public void home() {
        navigator.home();
    }

    public boolean mayEdit() {
        return mayEdit;
    }

    UUID actorId() {
        return actorId;
    }

    ReferenceData data() {
        return data;
    }

    Messages messages() {
        return messages;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }
}
