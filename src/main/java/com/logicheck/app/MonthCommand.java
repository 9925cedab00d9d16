package com.logicheck.app;

import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code logicheck month close|reopen}: freeze a provider's 月度考核 or make it live again with a reason. Only a
 * supervisor may do either ({@code --as 姓名}, default the current user); the refusal says who is not.
 */
@Command(name = "month", mixinStandardHelpOptions = true,
        subcommands = {MonthCommand.Close.class, MonthCommand.Reopen.class})
final class MonthCommand extends CommandGroup {
    /** Shared: the provider's month and the supervisor acting on it; the step prints its own line. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Mixin
        CliOptions.ProviderMonth providerMonth;
        @Option(names = "--as", paramLabel = "NAME")
        String as;

        abstract String apply(AppContext context, Provider provider, YearMonth month, Person actor);

        @Override
        public Integer call() {
            YearMonth ym = providerMonth.month();
            try (AppContext context = run.open()) {
                Provider p = providerMonth.provider(context);
                Person actor = run.actor(context, as);
                run.out().println(apply(context, p, ym, actor));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true)
    static final class Close extends Step {
        @Option(names = "--force")
        boolean force;
        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Override
        String apply(AppContext context, Provider p, YearMonth ym, Person actor) {
            MonthlyAssessment a = context.assessment().service().close(p.id(), ym, force, reason, actor.id());
            return run.messages().get("cli.month.closed", p.name(), ym.toString(),
                    a.total() == null ? "—" : a.total().toPlainString(), a.grade() == null ? "" : a.grade(),
                    actor.name());
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true)
    static final class Reopen extends Step {
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        String apply(AppContext context, Provider p, YearMonth ym, Person actor) {
            context.assessment().service().reopen(p.id(), ym, reason, actor.id());
            return run.messages().get("cli.month.reopened", p.name(), ym.toString(), reason.strip(), actor.name());
        }
    }
}
