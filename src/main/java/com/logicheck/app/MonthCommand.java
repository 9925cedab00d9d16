package com.logicheck.app;

import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code logicheck month close|reopen}: freeze a provider's 月度考核 or make it live again with a reason. Only a
 * supervisor may do either ({@code --as 姓名}, default the current user); the refusal says who is not.
 */
@Command(name = "month", mixinStandardHelpOptions = true,
        description = "Close (freeze) a provider's monthly assessment, or reopen it with a reason. Supervisors only.",
        subcommands = {MonthCommand.Close.class, MonthCommand.Reopen.class})
final class MonthCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Freeze the month's result (refused while the month is incomplete).")
    static final class Close implements Callable<Integer> {
        @ParentCommand
        MonthCommand month;
        @Spec
        CommandSpec spec;
        @Option(names = "--provider", required = true, paramLabel = "NAME", description = "provider")
        String provider;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
        String yearMonth;
        @Option(names = "--as", paramLabel = "NAME", description = "the supervisor (default: the current user)")
        String as;

        @Override
        public Integer call() {
            Messages messages = month.main.messages();
            YearMonth ym = AssessCommand.parseMonth(yearMonth);
            try (AppContext context = AppContext.open(month.main.dataDirectory())) {
                Provider p = AssessCommand.findProvider(context.reference().providers(), provider);
                Person actor = RectificationCli.actor(month.main, context, as);
                MonthlyAssessment a = context.assessmentService().close(p.id(), ym, actor.id());
                spec.commandLine().getOut().println(messages.get("cli.month.closed", p.name(), ym.toString(),
                        a.total() == null ? "—" : a.total().toPlainString(), a.grade() == null ? "" : a.grade(),
                        actor.name()));
            }
            return 0;
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Make a closed month live again; the reason is kept with the month's record.")
    static final class Reopen implements Callable<Integer> {
        @ParentCommand
        MonthCommand month;
        @Spec
        CommandSpec spec;
        @Option(names = "--provider", required = true, paramLabel = "NAME", description = "provider")
        String provider;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
        String yearMonth;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it is reopened")
        String reason;
        @Option(names = "--as", paramLabel = "NAME", description = "the supervisor (default: the current user)")
        String as;

        @Override
        public Integer call() {
            Messages messages = month.main.messages();
            YearMonth ym = AssessCommand.parseMonth(yearMonth);
            try (AppContext context = AppContext.open(month.main.dataDirectory())) {
                Provider p = AssessCommand.findProvider(context.reference().providers(), provider);
                Person actor = RectificationCli.actor(month.main, context, as);
                context.assessmentService().reopen(p.id(), ym, reason, actor.id());
                spec.commandLine().getOut().println(messages.get("cli.month.reopened", p.name(), ym.toString(),
                        reason.strip(), actor.name()));
            }
            return 0;
        }
    }
}
