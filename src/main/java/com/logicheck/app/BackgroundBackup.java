package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.service.BackupService;
import com.logicheck.ui.backup.BackupStatus;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup at start, off the way of the user (ADR 0041): started after the main window is shown, on a daemon
 * thread of the lowest priority. It first removes what an unfinished backup or database rewrite left, then makes a
 * backup when something changed since the newest one. Exit does not wait for it: {@link #abandon} stops it within
 * one buffer (its temporary file is removed, or, if the process ends first, removed at the next start), and the
 * backup is due again at the next start. Its state is shown by {@link BackupStatus} on the JavaFX thread.
 */
final class BackgroundBackup {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundBackup.class);
    private static final Duration DONE_SHOWN = Duration.ofSeconds(8);
    private final BackupService service;
    private final Runnable cleanUp;
    private final Executor ui;
    private final BackupStatus status;
    private final Messages messages;
    private volatile boolean abandoned;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Thread thread;

    /** {@code cleanUp}: removes other leftovers first (an interrupted rewrite's); {@code ui} runs on the JavaFX thread. */
    BackgroundBackup(BackupService service, Runnable cleanUp, Executor ui, BackupStatus status, Messages messages) {
        this.service = service;
        this.cleanUp = cleanUp;
        this.ui = ui;
        this.status = status;
        this.messages = messages;
    }

    void start() {
        thread = new Thread(() -> {
            try {
                run();
            } finally {
                finished.countDown();
            }
            linger();
        }, "logicheck-background-backup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The work itself (the thread's body; tests call it directly). */
    void run() {
        try {
            cleanUp.run();
            service.removeLeftovers();
            if (abandoned || !service.dueAtStart()) {
                return;
            }
            ui.execute(status::running);
            service.backUpAtStartIfDue(new BackupService.Progress() {
                @Override
                public void progress(long done, long total) {
                    // the corner says 正在备份…; no bar for a backup nobody asked for
                }

                @Override
                public boolean cancelled() {
                    return abandoned;
                }
            });
            ui.execute(status::done);
        } catch (CancellationException e) {
            LOG.info("the backup at start was abandoned at exit; it is due again at the next start");
        } catch (DomainException e) {
            LOG.warn("the backup at start failed: {}", e.problems());
            if (!abandoned) {
                String reason = messages.problems(e);
                ui.execute(() -> status.failed(reason));
            }
        } catch (RuntimeException e) {
            LOG.warn("the backup at start failed", e);
            if (!abandoned) {
                ui.execute(() -> status.failed(messages.get("common.unexpected")));
            }
        }
    }

    /** 备份完成 stays a few seconds, then the line goes; a failure stays. */
    private void linger() {
        try {
            Thread.sleep(DONE_SHOWN.toMillis());
            ui.execute(status::clearDone);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Exit (or a restore) does not wait for the backup: it is told to stop, given {@code grace} to remove its
     * temporary file, and left; an unfinished backup is due again at the next start.
     */
    void abandon(Duration grace) {
        abandoned = true;
        if (thread != null) {
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS); // not the few seconds 备份完成 lingers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
