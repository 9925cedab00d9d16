package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck notice 1a2b3c4d --to 整改通知单.pdf}: the printable 整改通知单 (PDF/A-3b, record embedded). */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Write a rectification order as a printable notice (整改通知单, PDF/A-3b with its record).")
final class NoticeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ORDER", description = "order id or its first characters")
    String order;
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "the PDF file to write")
    Path to;

    @Override
    public Integer call() {
        try (AppContext context = AppContext.open(main.dataDirectory(), Clock.systemDefaultZone(), main.messages())) {
            byte[] pdf = context.rectificationNotices().pdf(RectificationCli.orderId(context, order));
            try {
                Files.write(to, pdf);
            } catch (IOException e) {
                throw new DomainException(Problem.of("problem.cli.writeFile", to.toString(), e.getMessage()));
            }
            spec.commandLine().getOut().println(main.messages().get("cli.notice.written", to.toAbsolutePath()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
