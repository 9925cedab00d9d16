package com.logicheck.app;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import java.io.PrintWriter;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One run of a sub-command, as a picocli {@code @Mixin}: the root's options ({@code --data-dir}, {@code --lang}), the
 * output, and the steps nearly every command starts with — open the data folder, find the provider, find the acting
 * person. Written once so that a command holds only its own options and its use case.
 * ({@code @Command} only makes it a valid mixin: picocli refuses a mixin with no annotated member but its spec.)
 */
@Command
final class Invocation {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The root command, which holds the inherited options and the environment. */
    Main main() {
        return (Main) command.root().userObject();
    }

    Messages messages() {
        return main().messages();
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The data folder, texts of signed PDFs in Chinese (the default). */
    AppContext open() {
        return open(Messages.forLanguage(null));
    }

    /** The data folder, texts of signed PDFs and files in the language of {@code --lang}. */
    AppContext openInLanguage() {
        return open(messages());
    }

    private AppContext open(Messages language) {
        return AppContext.open(main().dataDirectory(), Clocks.system(), language,
                DatabaseKeys.fromEnvironmentOrConsole(language), main().passwords());
    }

    /** {@code --as} (null: the current user), password checked (ADR 0013). */
    Person actor(AppContext context, String as) {
        return CliLogin.actor(main(), context, as);
    }

    /** The current user, password checked. */
    UUID currentUser(AppContext context) {
        return actor(context, null).id();
    }

    Provider provider(AppContext context, String text) {
        return AssessCommand.findProvider(context.core().reference().providers(), text);
    }

    /** Prints the text {@code key} in the language of {@code --lang}, on a line of its own. */
    void say(String key, Object... args) {
        PrintWriter out = out();
        out.println(messages().get(key, args));
        out.flush();
    }

    /** What a command group does without a sub-command: print its usage. */
    int usage() {
        command.commandLine().usage(out());
        return ExitCode.DONE;
    }
}
