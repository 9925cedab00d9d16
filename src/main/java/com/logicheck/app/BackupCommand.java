package com.logicheck.app;

import com.logicheck.app.modules.BackupModule;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.service.BackupService.BackupContents;
import com.logicheck.service.BackupService.BackupEntry;
import com.logicheck.ui.backup.BackupText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck backup [--to DIR] [--list] [--keep-daily N --keep-weekly N]}: 立即备份 (ADR 0016). */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Option(names = "--to", paramLabel = "DIR")
    Path to;
    @Option(names = "--list")
    boolean list;
    @Option(names = "--keep-daily", paramLabel = "N")
    Integer keepDaily;
    @Option(names = "--keep-weekly", paramLabel = "N")
    Integer keepWeekly;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        BackupText text = new BackupText(messages);
        PrintWriter out = run.out();
        try (AppContext context = run.open()) {
            if (keepDaily != null || keepWeekly != null) {
                keep(context, messages, out);
            }
            if (list) {
                var all = context.backup().backups().list();
                out.println(all.isEmpty() ? messages.get("cli.backup.none", context.backup().backups().folder())
                        : messages.get("cli.backup.header", context.backup().backups().folder()));
                for (Backups.BackupFile b : all) {
                    out.println(String.join("\t", text.time(BackupEntry.of(b)), text.reason(BackupEntry.of(b)), text.size(b.bytes()),
                            text.contents(BackupEntry.of(b)),
                            b.file().getFileName().toString()));
                }
            } else if (keepDaily == null && keepWeekly == null || to != null) {
                Backups.BackupFile b = to == null ? context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE)
                        : context.backup().backups().createIn(to.toAbsolutePath(), BackupReason.MANUAL, BackupMonitor.NONE);
                out.println(messages.get("cli.backup.made", b.file(), text.size(b.bytes())));
                out.println(text.contents(BackupContents.of(b.manifest())));
            }
        }
        out.flush();
        return 0;
    }

    private void keep(AppContext context, Messages messages, PrintWriter out) {
        int daily = keepDaily != null ? keepDaily : BackupModule.retention(context.core().settings()).daily();
        int weekly = keepWeekly != null ? keepWeekly : BackupModule.retention(context.core().settings()).weekly();
        if (daily < 1 || weekly < 0 || daily > 365 || weekly > 520) {
            throw new DomainException(Problem.of("problem.backup.retention"));
        }
        context.core().settings().put(BackupModule.KEEP_DAILY, String.valueOf(daily));
        context.core().settings().put(BackupModule.KEEP_WEEKLY, String.valueOf(weekly));
        out.println(messages.get("cli.backup.retention", daily, weekly));
    }
}
