package com.logicheck.app;

import com.logicheck.domain.org.Person;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code logicheck trust FILE.pdf}: puts the signer of a verified sheet on the organisation's trust list. */
@Command(name = "trust", mixinStandardHelpOptions = true)
final class TrustCommand extends CurrentUserCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    void act(AppContext context, Person actor) {
        var check = context.inspection().verify().verify(file).check();
        if (context.inspection().verify().trustSigner(file, actor.id())) {
            run.say("cli.trust.added", check.signerName(), check.certificateSha256());
        } else {
            run.say("cli.trust.already", check.signerName());
        }
    }
}
