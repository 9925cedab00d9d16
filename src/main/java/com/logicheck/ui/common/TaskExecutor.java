package com.logicheck.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the screens run database work: off the UI thread, one task at a time in the order submitted (so an
 * answer saved before a summary is read is in that summary), with the outcome handed back on the UI thread.
 * Tests use {@link #synchronous()}, which runs everything at once on the caller's thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs {@code work} in the background; a failure goes to {@code onFailure} on the UI thread. */
    default void execute(Runnable work, Consumer<Exception> onFailure) {
        submit(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Waits until everything submitted so far has run, at most {@code timeout}; true when it has. */
    boolean drain(Duration timeout);

    /** Finishes the queued work (so no answer is lost) and stops. */
    @Override
    void close();

    /** Runs each task at once on the calling thread: for tests and command-line use. */
    static TaskExecutor synchronous() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public boolean drain(Duration timeout) {
                return true;
            }

            @Override
            public void close() {
                // nothing queued
            }
        };
    }
}
