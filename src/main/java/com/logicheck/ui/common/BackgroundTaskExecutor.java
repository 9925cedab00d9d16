package com.logicheck.ui.common;

import com.logicheck.domain.DomainException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's {@link TaskExecutor}: one background thread, tasks in order, outcomes posted to the UI thread. */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "logicheck-worker");
        t.setDaemon(true);
        return t;
    });
    private final Executor uiThread;

    /** @param uiThread how to get back onto the UI thread, normally {@code Platform::runLater} */
    public BackgroundTaskExecutor(Executor uiThread) {
        this.uiThread = uiThread;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (DomainException e) {
                LOG.info("refused: {}", e.getMessage()); // a user's input refused: one line, no stack trace
                uiThread.execute(() -> onFailure.accept(e));
            } catch (Exception e) {
                LOG.error("unexpected failure in background work", e); // a bug: the trace goes to the log file
                uiThread.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public boolean drain(Duration timeout) {
        if (worker.isShutdown()) {
            return worker.isTerminated();
        }
        Future<?> marker = worker.submit(() -> { });
        try {
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.error("background work did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
