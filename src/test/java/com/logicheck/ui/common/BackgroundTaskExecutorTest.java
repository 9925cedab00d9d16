package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {

    @Test
    void runsInOrderOffTheCallerAndHandsResultsToTheUiThread() {
        List<String> log = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(r -> {
            log.add("ui");
            r.run();
        });
        for (int i = 0; i < 5; i++) {
            int n = i;
            executor.submit(() -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(5);
                return n;
            }, v -> log.add("ok" + v), e -> log.add("failed"));
        }
        executor.execute(() -> {
            throw new IllegalStateException("disk full");
        }, e -> log.add("failed: " + e.getMessage()));
        assertThat(executor.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(log).containsExactly("ui", "ok0", "ui", "ok1", "ui", "ok2", "ui", "ok3", "ui", "ok4", "ui",
                "failed: disk full");
        assertThat(threads).containsOnly("logicheck-worker");
        executor.close();
    }

    @Test
    void closingFinishesWhatIsQueued() {
        List<Integer> saved = new CopyOnWriteArrayList<>();
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(Runnable::run);
        for (int i = 0; i < 20; i++) {
            int n = i;
            executor.execute(() -> {
                sleep();
                saved.add(n);
            }, e -> { });
        }
        executor.close();
        assertThat(saved).hasSize(20).isSorted();
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
