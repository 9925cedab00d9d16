package com.logicheck.app;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.WriteFault;
import com.logicheck.i18n.Messages;
import com.logicheck.sync.ImportReport;
import com.logicheck.sync.ImportTally;
import com.logicheck.sync.SheetExporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck sync export|import}: exchange signed sheets with other laptops through a folder (ADR 0010). */
@Command(name = "sync", mixinStandardHelpOptions = true,
        subcommands = {SyncCommand.Export.class, SyncCommand.Import.class, SyncConflictsCommand.class})
final class SyncCommand extends CommandGroup {
    /** {@code sync export --to DIR}: every signed sheet and revision the folder does not hold yet. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--to", required = true, paramLabel = "DIR")
        Path folder;
        @Option(names = "--reference")
        boolean reference;
        @Option(names = "--password")
        String password;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            PrintWriter out = run.out();
            try (AppContext context = run.openInLanguage()) {
                if (reference) {
                    char[] pass = CliSupport.password(password, System.getenv(), System.console(),
                            messages.get("cli.password.prompt"));
                    var user = context.core().currentUser().get();
                    var written = context.sync().referenceExporter().export(folder, user, pass, user.id());
                    out.println(written.written() ? messages.get("cli.sync.reference.written", written.file().getFileName(),
                            written.rows()) : messages.get("cli.sync.reference.there", written.file().getFileName()));
                }
                var me = context.core().currentUser().get();
                char[] recordPassword = me != null && context.sync().recordExporter().unsignedOf(me.id()) > 0
                        ? CliSupport.password(password, System.getenv(), System.console(), messages.get("cli.password.prompt"))
                        : null;
                var records = context.sync().recordExporter().export(folder, me, recordPassword);
                records.written().forEach(f -> out.println(f.getFileName()));
                records.problems().forEach(p -> out.println(messages.get("cli.sync.export.problem", messages.problem(p))));
                out.println(messages.get("sync.record.exported", records.signed(), records.written().size(),
                        records.alreadyThere()));
                if (!records.unsigned().isEmpty()) {
                    out.println(messages.get("sync.record.unsigned", records.unsigned().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(messages.joining())));
                }
                if (records.awaitingSheet() > 0) {
                    out.println(messages.get("sync.record.awaitingSheet", records.awaitingSheet()));
                }
                SheetExporter.ExportReport r = context.sync().exporter().export(folder);
                r.written().forEach(f -> out.println(f.getFileName()));
                for (Problem p : r.problems()) {
                    out.println(messages.get("cli.sync.export.problem", messages.problem(p)));
                }
                out.println(messages.get("cli.sync.export.summary", r.written().size(), r.alreadyThere(),
                        r.problems().size(), folder.toAbsolutePath().normalize()));
                out.flush();
                List<Problem> failed = new ArrayList<>(records.problems());
                failed.addAll(r.problems());
                failIfAny(failed, records.written().size() + r.written().size(), messages);
            }
            return 0;
        }

        /** One summary line of what failed; nothing written for a local fault is that fault, else partly done. */
        private static void failIfAny(List<Problem> failed, int written, Messages messages) {
            if (failed.isEmpty()) {
                return;
            }
            Set<WriteFault.Kind> kinds = new HashSet<>();
            failed.forEach(p -> kinds.add(WriteFault.kindOf(p).orElse(null)));
            String reason = kinds.size() == 1 && !kinds.contains(null)
                    ? messages.get("file.fault." + kinds.iterator().next().name()) : messages.get("file.fault.mixed");
            Problem summary = Problem.of("cli.sync.export.failed", written + failed.size(), failed.size(), reason);
            if (written == 0 && !kinds.contains(null)) {
                throw new LocalFault(summary);
            }
            throw new PartlyDone(summary);
        }
    }

    /** {@code sync import --from DIR [--strict]}: merge every signed sheet under the folder. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--from", required = true, paramLabel = "DIR")
        Path folder;
        @Option(names = "--strict")
        boolean strict;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            PrintWriter out = run.out();
            ImportReport report;
            try (AppContext context = run.open()) {
                report = context.sync().importer().importFolder(folder, null, r -> { });
            }
            for (ImportReport.FileResult r : report.needingAttention()) {
                String what = messages.get("sync.kind." + r.kind().name());
                out.println(messages.get("cli.sync.import.file", what, folder.relativize(r.file()),
                        messages.problem(new Problem(r.reason(), r.args()))));
            }
            ImportTally tally = ImportTally.of(report);
            out.println(messages.get("cli.sync.import.summary", tally.files(ImportReport.Kind.NEW),
                    tally.files(ImportReport.Kind.UPDATED), tally.files(ImportReport.Kind.SKIPPED),
                    tally.files(ImportReport.Kind.CONFLICT), tally.files(ImportReport.Kind.HELD),
                    tally.files(ImportReport.Kind.REFUSED)));
            ImportTally.Records records = tally.records();
            if (records.any()) {
                out.println(messages.get("sync.record.summary", records.applied(), records.skipped(),
                        records.conflicts(), records.refused()));
            }
            out.flush();
            boolean refused = tally.files(ImportReport.Kind.REFUSED) + tally.files(ImportReport.Kind.HELD) > 0;
            return strict && refused ? 1 : 0;
        }
    }
}
