package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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

    /** Issue 19, case 8: a refused action was a WARN with a full stack trace; now it is one quiet line. */
    @Test
    void aRefusalIsLoggedAsOneLineWithoutStackTraceAndABugWithItsTrace() {
        Logger logger = (Logger) LoggerFactory.getLogger(BackgroundTaskExecutor.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addAppender(events);
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(Runnable::run);
        try {
            executor.execute(() -> {
                throw new DomainException(Problem.of("problem.sign.refusalReason", "李主任"));
            }, e -> { });
            assertThat(executor.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(events.list).hasSizeLessThanOrEqualTo(1).allSatisfy(e -> {
                assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
                assertThat(e.getFormattedMessage()).doesNotContain("\n");
                assertThat(e.getLevel().isGreaterOrEqual(Level.WARN)).as("not a warning: %s", e.getLevel()).isFalse();
            });

            events.list.clear();
            executor.execute(() -> {
                throw new IllegalStateException("a bug");
            }, e -> { });
            assertThat(executor.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(events.list).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
            });
        } finally {
            executor.close();
            logger.detachAppender(events);
            logger.setLevel(level);
        }
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
