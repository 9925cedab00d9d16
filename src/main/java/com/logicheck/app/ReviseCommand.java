package com.logicheck.app;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.org.Person;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logicheck revise ID --reason TEXT}: a correction of a signed sheet as a new draft revision (更正/修订). */
@Command(name = "revise", mixinStandardHelpOptions = true)
final class ReviseCommand extends CurrentUserCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    void act(AppContext context, Person actor) {
        UUID sheetId = CliSupport.sheetId(context, id);
        Inspection revision = context.inspection().signing().revise(sheetId, reason, actor.id());
        run.say("cli.revise.done", revision.id(), revision.revision(), sheetId);
    }
}
