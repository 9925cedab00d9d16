package com.logicheck.app;

import com.logicheck.i18n.Messages;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck trust FILE.pdf}: puts the signer of a verified sheet on the organisation's trust list. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Add the signer of a signed sheet PDF to the trust list (first-seen signers are untrusted).")
final class TrustCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Messages messages = main.messages();
        try (AppContext context = AppContext.open(main.dataDirectory())) {
            UUID actor = CliLogin.actor(main, context, null).id();
            var check = context.verifyService().verify(file).check();
            boolean added = context.verifyService().trustSigner(file, actor);
            spec.commandLine().getOut().println(added ? messages.get("cli.trust.added", check.signerName(),
                    check.certificateSha256()) : messages.get("cli.trust.already", check.signerName()));
            return 0;
        }
    }
}
