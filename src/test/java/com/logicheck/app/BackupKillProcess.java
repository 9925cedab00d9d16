package com.logicheck.app;

import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link BackgroundBackupIT}: opens the data folder, starts a backup whose zip is written
 * to a disk that stops after some kilobytes (a hook standing in for a large database taking a while), prints
 * "WRITING" and waits there to be killed.
 */
public final class BackupKillProcess {
    private BackupKillProcess() {
    }

    public static void main(String[] args) throws Exception {
        AppContext c = AppContext.open(Path.of(args[0]));
        Backups backups = new Backups(c.core().dataDirectory(), c.core().database(), "test", Clocks.system(),
                Retention.DEFAULT, file -> new FilterOutputStream(Files.newOutputStream(file)) {
                    private long written;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        written += len;
                        if (written > 16_384) {
                            out.flush();
                            System.out.println("WRITING");
                            System.out.flush();
                            sleepForever();
                        }
                    }
                });
        backups.create(BackupReason.DAILY, BackupMonitor.NONE);
        System.out.println("FINISHED");
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
