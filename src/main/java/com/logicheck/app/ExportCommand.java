package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ExportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logicheck export}: copies signed PDFs out under readable names (导出). */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID")
    String id;
    @Option(names = "--month", paramLabel = "YYYY-MM")
    String month;
    @Option(names = "--provider", paramLabel = "NAME")
    String provider;
    @Option(names = "--template", paramLabel = "CODE")
    String template;
    @Option(names = {"--to", "-o"}, paramLabel = "DIR", defaultValue = ".")
    Path target;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        if (id == null && month == null && provider == null && template == null) {
            throw new DomainException(Problem.of("problem.cli.exportTarget"));
        }
        try (AppContext context = run.open()) {
            List<Path> files;
            if (id != null) {
                files = List.of(context.inspection().export().exportOne(CliSupport.sheetId(context, id), target));
            } else {
                files = context.inspection().export().export(new ExportService.Filter(month(), provider, template), target);
            }
            files.forEach(f -> out.println(f.getFileName()));
            out.println(files.isEmpty() ? messages.get("cli.export.none")
                    : messages.get("cli.export.done", files.size(), target.toAbsolutePath().normalize()));
            return 0;
        }
    }

    private YearMonth month() {
        try {
            return month == null ? null : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new DomainException(Problem.of("problem.cli.badMonth", month));
        }
    }
}
