package com.logicheck.app;

import com.logicheck.files.AtomicFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code logicheck notice 1a2b3c4d --to 整改通知单.pdf}: the 整改通知单 signed by the current user (or {@code --as})
 * like a score sheet (PDF/A-3b, record embedded, PAdES), kept in the data folder and copied to the file;
 * {@code --unsigned} writes a draft print without a signature.
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Sign a rectification order's notice (整改通知单, PDF/A-3b with its record, PAdES) and write it.")
final class NoticeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ORDER", description = "order id or its first characters")
    String order;
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "the PDF file to write")
    Path to;
    @Option(names = "--unsigned", description = "write an unsigned draft print instead")
    boolean unsigned;
    @Option(names = "--as", paramLabel = "PERSON", description = "the issuing inspector or supervisor (default: the current user)")
    String as;
    @Option(names = "--password", description = "signing key password (else $" + CliSupport.PASSWORD_ENV + ", else asked)")
    String password;

    @Override
    public Integer call() {
        try (AppContext context = AppContext.open(main.dataDirectory(), Clocks.system(), main.messages())) {
            UUID id = RectificationCli.orderId(context, order);
            if (unsigned) {
                AtomicFile.write(to, context.rectificationNotices().pdf(id), AtomicFile.Readers.SHARED);
            } else {
                char[] pass = CliSupport.password(password, System.getenv(), System.console(),
                        main.messages().get("cli.password.prompt"));
                // the user's copy is written before the order records the signature: a full disk changes nothing
                context.rectificationNotices().sign(id, pass, RectificationCli.actor(main, context, as).id(),
                        pdf -> AtomicFile.write(to, pdf, AtomicFile.Readers.SHARED));
            }
            spec.commandLine().getOut().println(main.messages().get("cli.notice.written", to.toAbsolutePath()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
