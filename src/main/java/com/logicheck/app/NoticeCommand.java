package com.logicheck.app;

import com.logicheck.files.AtomicFile;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck notice 1a2b3c4d --to 整改通知单.pdf}: the 整改通知单 signed by the current user (or {@code --as})
 * like a score sheet (PDF/A-3b, record embedded, PAdES), kept in the data folder and copied to the file;
 * {@code --unsigned} writes a draft print without a signature.
 */
@Command(name = "notice", mixinStandardHelpOptions = true)
final class NoticeCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(index = "0", paramLabel = "ORDER")
    String order;
    @Option(names = "--to", required = true, paramLabel = "FILE")
    Path to;
    @Option(names = "--unsigned")
    boolean unsigned;
    @Option(names = "--as", paramLabel = "PERSON")
    String as;
    @Mixin
    CliOptions.KeyPassword password;

    @Override
    public Integer call() {
        try (AppContext context = run.openInLanguage()) {
            UUID id = RectificationCli.orderId(context, order);
            if (unsigned) {
                AtomicFile.write(to, context.rectification().notices().pdf(id), AtomicFile.Readers.SHARED);
            } else {
                char[] pass = password.password(run);
                // the user's copy is written before the order records the signature: a full disk changes nothing
                context.rectification().notices().sign(id, pass, run.actor(context, as).id(),
                        pdf -> AtomicFile.write(to, pdf, AtomicFile.Readers.SHARED));
            }
            run.say("cli.notice.written", to.toAbsolutePath());
        }
        return 0;
    }
}
