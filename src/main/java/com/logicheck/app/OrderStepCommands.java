package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationSteps;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The steps of an order's lifecycle from the command line: report fixed, re-inspect, close. */
final class OrderStepCommands {
    private OrderStepCommands() {
    }

    /** Shared: the order argument, the acting person, and printing the order's new state. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "ORDER")
        String order;
        @Mixin
        CliOptions.ActingPerson acting;

        abstract RectificationOrder apply(RectificationSteps steps, UUID orderId, UUID actorId);

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                UUID id = RectificationCli.orderId(context, order);
                RectificationOrder o = apply(context.rectification().steps(), id,
                        acting.actor(run, context).id());
                run.out().println(RectificationCli.describe(o, messages));
                run.out().flush();
            }
            return 0;
        }
    }

    @Command(name = "report-fixed", mixinStandardHelpOptions = true)
    static final class ReportFixed extends Step {
        @Option(names = "--note", required = true, paramLabel = "TEXT")
        String note;

        @Override
        RectificationOrder apply(RectificationSteps steps, UUID orderId, UUID actorId) {
            return steps.reportFixed(orderId, note, List.of(), actorId);
        }
    }

    @Command(name = "reinspect", mixinStandardHelpOptions = true)
    static final class Reinspect extends Step {
        @Option(names = "--verdict", required = true, paramLabel = "passed|failed")
        String verdict;
        @Option(names = "--note", paramLabel = "TEXT")
        String note;
        @Option(names = "--new-deadline", paramLabel = "YYYY-MM-DD")
        String newDeadline;

        @Override
        RectificationOrder apply(RectificationSteps steps, UUID orderId, UUID actorId) {
            Verdict v = switch (verdict.strip().toLowerCase(Locale.ROOT)) {
                case "passed", "pass", "合格" -> Verdict.PASSED;
                case "failed", "fail", "不合格" -> Verdict.FAILED;
                default -> throw new DomainException(Problem.of("problem.cli.verdict", verdict));
            };
            return steps.reinspect(orderId, v, note, RectificationCli.date(newDeadline), List.of(), actorId);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true)
    static final class Close extends Step {
        @Override
        RectificationOrder apply(RectificationSteps steps, UUID orderId, UUID actorId) {
            return steps.close(orderId, actorId);
        }
    }
}
