package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.backup.BackupManifest;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.service.BackupService.BackupContents;
import com.logicheck.ui.backup.BackupText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck restore FILE}: 从备份恢复. Works on a folder whose database no longer opens; the backup is checked
 * in full first and the current state is kept as a before-restore backup (ADR 0016).
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(paramLabel = "FILE", descriptionKey = "FILE")
    Path file;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        if (!Files.isRegularFile(file)) {
            throw new DomainException(Problem.of("problem.cli.readFile", file.toString()));
        }
        Backups.BackupFile before = restore(run.main().dataDirectory(), file.toAbsolutePath(), BackupMonitor.NONE);
        BackupManifest m = before.manifest();
        out.println(messages.get("cli.restore.done", file, run.main().dataDirectory()));
        out.println(messages.get("cli.restore.before", before.file(), new BackupText(messages).contents(BackupContents.of(m))));
        out.flush();
        return 0;
    }

    /** Locks the (closed) folder, restores into it and unlocks; returns the before-restore backup. */
    static Backups.BackupFile restore(Path dataDir, Path zip, BackupMonitor monitor) {
        try (DataDirectory dir = new DataDirectory(dataDir).prepare().lock()) {
            return new Backups(dir, null, AppContext.appVersion(), Clocks.system(), Retention.DEFAULT)
                    .restore(zip, monitor);
        }
    }
}
