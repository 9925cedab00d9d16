package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.service.SigningService;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logicheck sign ID}: signs a finished sheet and stores its signed PDF (签字). */
@Command(name = "sign", mixinStandardHelpOptions = true)
final class SignCommand extends CurrentUserCommand {
    @Mixin
    CliOptions.KeyPassword password;
    @Parameters(index = "0", paramLabel = "ID")
    String id;
    @Option(names = "--signature", paramLabel = "PNG")
    Path signature;
    @Option(names = "--inspectee", paramLabel = "NAME")
    String inspectee;
    @Option(names = "--inspectee-signature", paramLabel = "PNG")
    Path inspecteeSignature;
    @Option(names = "--inspectee-refused", paramLabel = "REASON")
    String inspecteeRefused;
    @Option(names = "--witness", paramLabel = "NAME")
    String witness;
    @Option(names = "--reviewer", paramLabel = "NAME")
    String reviewer;
    @Option(names = "--reviewer-signature", paramLabel = "PNG")
    Path reviewerSignature;

    @Override
    void act(AppContext context, Person actor) {
        UUID sheetId = CliSupport.sheetId(context, id);
        SigningService.SignerInput who = inspectee();
        SigningService.SignerInput review = reviewer == null ? null
                : SigningService.SignerInput.drawn(null, reviewer, CliSupport.read(reviewerSignature));
        char[] pass = password.password(run);
        SigningService.SignedSheet signed = context.inspection().signing().sign(sheetId,
                new SigningService.SignRequest(CliSupport.read(signature), who, review), pass, actor.id());
        var state = context.core().signedSheets().state(sheetId).orElseThrow();
        run.say("cli.sign.done", state.number(),
                state.score().stripTrailingZeros().toPlainString(), signed.pdf());
    }

    /**
     * The 受检方 as the options say: a signature image, or a refusal with its reason and witness. A combination that
     * says neither or both is refused here, before anything is read; none at all is the service's refusal.
     */
    private SigningService.SignerInput inspectee() {
        if (inspecteeRefused != null || witness != null) {
            if (inspectee == null || inspecteeRefused == null || inspecteeSignature != null) {
                throw new DomainException(Problem.of("problem.cli.signRefusal"));
            }
            return SigningService.SignerInput.refused(inspectee, inspecteeRefused, witness == null ? "" : witness);
        }
        if (inspecteeSignature != null && inspectee == null) {
            throw new DomainException(Problem.of("problem.cli.signRefusal"));
        }
        return inspectee == null ? null
                : SigningService.SignerInput.drawn(null, inspectee, CliSupport.read(inspecteeSignature));
    }
}
