package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseFault;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point. Without a sub-command it opens the desktop app; sub-commands are the scriptable CLI.
 */
@Command(name = "logicheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "LogiCheck 后勤巡检: score sheets for outsourced logistics services. Without a command, opens the app.",
        subcommands = {TemplatesCommand.class, DemoCommand.class, SignCommand.class, ReviseCommand.class,
            ExportCommand.class, VerifyCommand.class, TrustCommand.class, AssessCommand.class, ReportCommand.class,
            SyncCommand.class, RectifyCommand.class, UserCommand.class, OrdersCommand.class, OrderStepCommands.ReportFixed.class,
            OrderStepCommands.Reinspect.class, OrderStepCommands.Close.class, NoticeCommand.class,
            SurveyCommand.class, MonthCommand.class,
            BackupCommand.class, RestoreCommand.class, EncryptionCommands.Encrypt.class, EncryptionCommands.Decrypt.class,
            SelfCheckCommand.class, PlansCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "data folder (default: the platform's user data folder, e.g. ~/.local/share/logicheck)")
    Path dataDir;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", description = "user interface language (default zh)")
    String language;

    private Map<String, String> environment = System.getenv();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(System.getenv(), args);
    }

    /** With the given environment variables instead of the process's (tests pass passwords this way). */
    static int run(Map<String, String> environment, String... args) {
        Main main = new Main();
        main.environment = environment;
        CommandLine cli = new CommandLine(main);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Messages messages = ((Main) cmd.getCommandSpec().root().userObject()).messages();
            if (e instanceof DomainException d) {
                cmd.getErr().println(messages.get("cli.error", messages.problems(d)));
                return 2;
            }
            if (DatabaseFault.isLocal(e)) {   // a damaged page found while working: no stack trace with SQL
                cmd.getErr().println(messages.get("cli.error", messages.problems(new DatabaseFault(e))));
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
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
