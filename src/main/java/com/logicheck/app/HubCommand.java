package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.hub.HubImport;
import com.logicheck.hub.HubWatch;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.Engine;
import com.logicheck.sync.ImportReport;
import com.logicheck.sync.ImportTally;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck hub init|trust|import|watch}: the organisation's hub on PostgreSQL, fed by the laptops' signed
 * files through the one sync engine (issue 18, ADR 0044). Every sub-command names the server's database; the ones that
 * take in files also name the hub's own folder for the signed files and photos they keep ({@code --files}).
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        subcommands = {HubCommand.Init.class, HubCommand.Trust.class, HubCommand.Import.class, HubCommand.Watch.class})
final class HubCommand extends CommandGroup {

    /** The server's database and how to log in to it; inherited by each sub-command. */
    abstract static class OnServer implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--database", required = true, paramLabel = "URL")
        String url;
        @Option(names = "--user", paramLabel = "USER")
        String user;
        @Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        /** The first line of --password-file; none: the URL's own, or the server's trust of this computer. */
        String password() {
            if (passwordFile == null) {
                return null;
            }
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException e) {
                throw new DomainException(Problem.of("problem.cli.readFile", passwordFile.toString()));
            }
        }

        Database openDatabase() {
            return Database.openServer(url, user, password());
        }
    }

    /** A sub-command that keeps signed files: the hub's folder beside its database. */
    abstract static class WithFiles extends OnServer {
        @Option(names = "--files", required = true, paramLabel = "DIR")
        Path files;

        AppContext openHub() {
            return AppContext.open(files, Clocks.system(), Messages.forLanguage(null), run.main().passwords(),
                    dir -> openDatabase());
        }
    }

    /** {@code hub init}: migrates the database (a newer one is refused) and prints its schema version. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init extends OnServer {
        @Override
        public Integer call() {
            try (Database db = openDatabase()) {
                run.say("cli.hub.init.done", Engine.redacted(url), db.schemaVersion());
            }
            return ExitCode.DONE;
        }
    }

    /**
     * {@code hub trust FILE…}: puts the signer of each intact signed file on the hub's trust list. The hub has no
     * persons and no log-in: whoever holds the database account decides whom the hub trusts (ADR 0044).
     */
    @Command(name = "trust", mixinStandardHelpOptions = true)
    static final class Trust extends WithFiles {
        @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE")
        List<Path> signed;

        @Override
        public Integer call() {
            try (AppContext context = openHub()) {
                for (Path file : signed) {
                    var check = context.inspection().verify().verify(file).check();
                    if (!check.intact()) {
                        throw new DomainException(Problem.of("problem.trust.notIntact", file.toString()));
                    }
                    boolean added = context.core().trust().add(check.certificateSha256(), check.subject(),
                            check.signerName(), check.certificate(), null, null);
                    run.say(added ? "cli.trust.added" : "cli.trust.already", check.signerName(), check.certificateSha256());
                }
            }
            return ExitCode.DONE;
        }
    }

    /** {@code hub import --from DIR…}: every signed file under the folders, each in its own transaction. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends WithFiles {
        @Option(names = "--from", required = true, paramLabel = "DIR")
        List<Path> folders;

        @Override
        public Integer call() {
            try (AppContext context = openHub()) {
                HubImport hub = hubImport(context, url, () -> false);
                HubImport.Result result = hub.run(hub.filesIn(folders), r -> printIfNeeded(run, folders, r));
                printSummary(run, result);
            }
            return ExitCode.DONE;
        }
    }

    /**
     * {@code hub watch --from DIR…}: imports the folders now and then every {@code --every} seconds, until Ctrl+C or
     * SIGTERM, which end it after the file being imported.
     */
    @Command(name = "watch", mixinStandardHelpOptions = true)
    static final class Watch extends WithFiles {
        @Option(names = "--from", required = true, paramLabel = "DIR")
        List<Path> folders;
        @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "10")
        int seconds;

        @Override
        public Integer call() {
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch ended = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.set(true);
                try {
                    ended.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hub-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (AppContext context = openHub()) {
                run.say("cli.hub.watch.started", folders.size(), Math.max(1, seconds));
                HubWatch watch = new HubWatch(hubImport(context, url, stop::get), folders,
                        Duration.ofSeconds(Math.max(1, seconds)));
                watch.run(stop::get, r -> printIfNeeded(run, folders, r), result -> printSummary(run, result),
                        gone -> run.say("cli.hub.watch.gone", run.messages().problem(gone)));
                run.say("cli.hub.watch.stopped");
            } finally {
                ended.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waited for this
                }
            }
            return ExitCode.DONE;
        }
    }

    private static HubImport hubImport(AppContext context, String url, BooleanSupplier stop) {
        Database db = context.core().database();
        return new HubImport(context.sync().importer(), db::answers, stop, Engine.redacted(url));
    }

    /** A file that needs someone (held, refused, conflict), with its reason; the others only count. */
    private static void printIfNeeded(Invocation run, List<Path> folders, ImportReport.FileResult r) {
        if (r.kind() == ImportReport.Kind.NEW || r.kind() == ImportReport.Kind.UPDATED
                || r.kind() == ImportReport.Kind.SKIPPED) {
            return;
        }
        Messages messages = run.messages();
        Path shown = folders.stream().filter(f -> r.file().startsWith(f)).findFirst().map(f -> f.relativize(r.file()))
                .orElse(r.file());
        run.say("cli.sync.import.file", messages.get("sync.kind." + r.kind().name()), shown,
                messages.problem(new Problem(r.reason(), r.args())));
    }

    private static void printSummary(Invocation run, HubImport.Result result) {
        ImportTally tally = new ImportTally();
        result.files().forEach(tally::add);
        PrintWriter out = run.out();
        Messages messages = run.messages();
        out.println(messages.get("cli.sync.import.summary", tally.files(ImportReport.Kind.NEW),
                tally.files(ImportReport.Kind.UPDATED), tally.files(ImportReport.Kind.SKIPPED),
                tally.files(ImportReport.Kind.CONFLICT), tally.files(ImportReport.Kind.HELD),
                tally.files(ImportReport.Kind.REFUSED)));
        ImportTally.Records records = tally.records();
        if (records.any()) {
            out.println(messages.get("sync.record.summary", records.applied(), records.skipped(), records.conflicts(),
                    records.refused()));
        }
        if (result.stopped()) {
            out.println(messages.get("cli.hub.import.stopped"));
        }
        out.flush();
    }
}
