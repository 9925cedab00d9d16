package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.AssessmentText;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck assess --provider 华安后勤 --month 2026-11}: prints the month's assessment, every number explained. */
@Command(name = "assess", mixinStandardHelpOptions = true)
final class AssessCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Option(names = "--provider", required = true, paramLabel = "NAME")
    String provider;
    @Mixin
    CliOptions.Month month;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        YearMonth ym = month.month();
        try (AppContext context = run.open()) {
            Provider p = findProvider(context.core().reference().providers(), provider);
            AssessmentService.MonthResult result = context.assessment().service().assess(p.id(), ym);
            PrintWriter out = run.out();
            new AssessmentText(messages).lines(result.assessment(), result.closed()).forEach(out::println);
            out.flush();
        }
        return 0;
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DomainException(Problem.of("problem.cli.month", String.valueOf(text)));
        }
    }

    /** Exact id, name or short name first; otherwise the one provider whose name contains the text. */
    static Provider findProvider(List<Provider> providers, String text) {
        String t = text.strip();
        List<Provider> exact = providers.stream().filter(p -> p.id().toString().equalsIgnoreCase(t)
                || p.name().equals(t) || p.shortName().equals(t)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<Provider> partial = providers.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(lower)
                || p.shortName().toLowerCase(Locale.ROOT).contains(lower)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            throw new DomainException(Problem.of("problem.cli.noProvider", t));
        }
        throw new DomainException(Problem.of("problem.cli.ambiguousProvider", t,
                partial.stream().map(Provider::name).toList()));
    }
}
