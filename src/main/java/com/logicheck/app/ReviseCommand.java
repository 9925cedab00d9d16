package com.logicheck.app;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.i18n.Messages;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck revise ID}: a correction of a signed sheet as a new draft revision (修订). */
@Command(name = "revise", mixinStandardHelpOptions = true,
        description = "Correct a signed sheet: creates a new draft revision; the signed one stays, marked superseded.")
final class ReviseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        Messages messages = main.messages();
        try (AppContext context = AppContext.open(main.dataDirectory())) {
            UUID actor = CliLogin.actor(main, context, null).id();
            UUID sheetId = CliSupport.sheetId(context, id);
            Inspection revision = context.signingService().revise(sheetId, actor);
            spec.commandLine().getOut().println(messages.get("cli.revise.done", revision.id(), revision.revision(), sheetId));
            return 0;
        }
    }
}
