package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.service.VerifyService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck verify FILE…}: who signed each file, when, whether it is intact and whether the signer is on the
 * trust list. Exit 0 when every file is intact and trusted, 1 when any file is not (the lines say which and why;
 * the exit codes of ADR 0028, where 3 is a local fault).
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    @Mixin
    Invocation run;
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        int passed = 0;
        try (AppContext context = run.open()) {
            for (Path file : files) {
                VerifyService.Report r = context.inspection().verify().verify(file);
                PdfVerifier.SignatureCheck c = r.check();
                out.println(messages.get("cli.verify.file", file));
                if (c.intact()) {
                    out.println(messages.get("cli.verify.signer", c.signerName(), c.organisation()));
                    out.println(messages.get("cli.verify.time", c.signedAt() == null ? "?" : TIME.format(c.signedAt())));
                }
                out.println(messages.get("cli.verify.intact", yesNo(messages, c.intact())));
                out.println(messages.get("cli.verify.trusted", yesNo(messages, r.trusted())));
                if (c.problem() != null) {
                    out.println(messages.get("cli.verify.reason", messages.get(c.problem())));
                }
                passed += r.ok() ? 1 : 0;
            }
        }
        out.println(messages.get("cli.verify.summary", passed, files.size() - passed));
        out.flush();
        return passed == files.size() ? ExitCode.DONE : ExitCode.PARTLY_DONE;
    }

    private static String yesNo(Messages messages, boolean value) {
        return messages.get(value ? "cli.yes" : "cli.no");
    }
}
