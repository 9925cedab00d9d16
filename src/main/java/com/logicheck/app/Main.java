package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseFault;
import com.logicheck.service.PasswordHasher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point. Without a sub-command it opens the desktop app; sub-commands are the scriptable CLI.
 */
@Command(name = "logicheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {TemplatesCommand.class, DemoCommand.class, SignCommand.class, ReviseCommand.class,
            ExportCommand.class, VerifyCommand.class, TrustCommand.class, AssessCommand.class, ReportCommand.class,
            SyncCommand.class, RectifyCommand.class, UserCommand.class, OrdersCommand.class, OrderStepCommands.ReportFixed.class,
            OrderStepCommands.Reinspect.class, OrderStepCommands.Close.class, NoticeCommand.class,
            SurveyCommand.class, MonthCommand.class,
            BackupCommand.class, RestoreCommand.class, EncryptionCommands.Encrypt.class, EncryptionCommands.Decrypt.class,
            SelfCheckCommand.class, PlansCommand.class, PlacesCommand.class, HubCommand.class, RoutesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** Bundle keys of the help texts every command shares (the rest are {@code logicheck.<command>.<option>}). */
    static final List<String> SHARED_HELP_KEYS = List.of("cli.dataDir", "cli.lang", "mixinStandardHelpOptions.help",
            "mixinStandardHelpOptions.version");

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR", descriptionKey = "cli.dataDir")
    Path dataDir;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", descriptionKey = "cli.lang")
    String language;

    private Map<String, String> environment = System.getenv();
    private final PasswordHasher passwords;

    public Main() {
        this(new PasswordHasher());
    }

    /** Tests hash log-in passwords with fewer iterations; the installed app has no way to ask for that. */
    Main(PasswordHasher passwords) {
        this.passwords = passwords;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(System.getenv(), args);
    }

    /** With the given environment variables instead of the process's (tests pass passwords this way). */
    static int run(Map<String, String> environment, String... args) {
        return run(new Main(), environment, args);
    }

    static int run(Main main, Map<String, String> environment, String... args) {
        main.environment = environment;
        CommandLine cli = commandLine(main);
        cli.setResourceBundle(Messages.forLanguage(language(args)).bundle());
        return cli.execute(args);
    }

    /**
     * The {@code --lang} of the arguments, read before parsing so that {@code --help} is printed in that language
     * (the descriptions are in the UI's bundles, keys {@code logicheck.<command>…}); null when not given (Chinese).
     */
    static String language(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    /**
     * The command line with its two policies (its help texts come from the UI's bundles, Chinese until
     * {@link #run} knows the language): the data folder's log file is set up before any command runs, and a
     * refusal prints its message (exit 2) while a bug prints where its stack trace went (ADR 0030).
     */
    static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main);
        cli.setResourceBundle(Messages.forLanguage(null).bundle());
        cli.setExecutionStrategy(parsed -> {
            LogFile.install(main.dataDirectory());
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Messages messages = ((Main) cmd.getCommandSpec().root().userObject()).messages();
            return exitCode(e, messages, cmd.getErr(), cmd.getCommandSpec().qualifiedName(),
                    LogFile.of(main.dataDirectory().toAbsolutePath()));
        });
        return cli;
    }

    /** The one place a command's failure becomes a message and an exit code (ADR 0028). */
    static int exitCode(Exception e, Messages messages, PrintWriter err, String command, Path logFile) {
        if (e instanceof PartlyDone p) {
            err.println(messages.problem(p.summary()));
            return ExitCode.PARTLY_DONE;
        }
        if (!(e instanceof DomainException) && DatabaseFault.isLocal(e)) {
            // a damaged page found while working: the message, not a stack trace with SQL (ADR 0029)
            LOG.warn("local database fault in '{}': {}", command, String.valueOf(e));
            e = new DatabaseFault(e);
        }
        if (e instanceof DomainException d) {
            err.println(messages.get("cli.error", messages.problems(d)));
            return d instanceof LocalFault ? ExitCode.LOCAL_FAULT : ExitCode.REFUSED;
        }
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
        if (io != null) {
            String reason = io instanceof FileSystemException f && f.getReason() != null ? f.getReason() : io.getMessage();
            err.println(messages.get("cli.error", messages.problem(Problem.of("problem.io.failed", String.valueOf(reason)))));
            return ExitCode.LOCAL_FAULT;
        }
        // a bug: its stack trace goes to the data folder's log file, the user gets a sentence saying where (ADR 0030)
        LOG.error("unexpected failure in '{}'", command, e);
        err.println(messages.get("cli.unexpected", logFile));
        return ExitCode.INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        LogiCheckApp.launch(dataDirectory(), messages(), language != null);
        return 0;
    }

    Path dataDirectory() {
        return dataDir != null && !dataDir.toString().isBlank() ? dataDir
                : DataDirectory.platformDefault(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    PasswordHasher passwords() {
        return passwords;
    }

    Map<String, String> environment() {
        return environment;
    }

    Messages messages() {
        return Messages.forLanguage(language);
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"LogiCheck " + (v == null ? "dev" : v)};
        }
    }
}
