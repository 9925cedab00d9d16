package com.logicheck.app;

import com.logicheck.i18n.Messages;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code logicheck trust FILE.pdf}: puts the signer of a verified sheet on the organisation's trust list. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Add the signer of a signed sheet PDF to the trust list (first-seen signers are untrusted).")
final class TrustCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        try (AppContext context = run.open()) {
            UUID actor = run.currentUser(context);
            var check = context.inspection().verify().verify(file).check();
            boolean added = context.inspection().verify().trustSigner(file, actor);
            run.out().println(added ? messages.get("cli.trust.added", check.signerName(),
                    check.certificateSha256()) : messages.get("cli.trust.already", check.signerName()));
            return 0;
        }
    }
}
