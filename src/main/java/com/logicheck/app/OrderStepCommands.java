package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.RectificationRepository;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The steps of an order's lifecycle from the command line: report fixed, re-inspect, close. */
final class OrderStepCommands {
    private OrderStepCommands() {
    }

    /** Shared: the order argument, the acting person, and printing the order's new state. */
    abstract static class Step implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ORDER", description = "order id or its first characters")
        String order;
        @Option(names = "--as", paramLabel = "PERSON", description = "acting person (default: the current user)")
        String as;

        abstract RectificationOrder apply(RectificationRepository orders, UUID orderId, UUID actorId);

        @Override
        public Integer call() {
            Messages messages = main.messages();
            try (AppContext context = AppContext.open(main.dataDirectory())) {
                UUID id = RectificationCli.orderId(context, order);
                RectificationOrder o = apply(context.rectificationService().orders(), id,
                        RectificationCli.actor(main, context, as).id());
                spec.commandLine().getOut().println(RectificationCli.describe(o, messages));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "report-fixed", mixinStandardHelpOptions = true,
            description = "The provider reports an order fixed (整改完成), with a note.")
    static final class ReportFixed extends Step {
        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "what was done")
        String note;

        @Override
        RectificationOrder apply(RectificationRepository orders, UUID orderId, UUID actorId) {
            return orders.reportFixed(orderId, note, actorId);
        }
    }

    @Command(name = "reinspect", mixinStandardHelpOptions = true,
            description = "Re-inspect an order (复查): --verdict passed, or failed with --new-deadline.")
    static final class Reinspect extends Step {
        @Option(names = "--verdict", required = true, paramLabel = "passed|failed")
        String verdict;
        @Option(names = "--note", paramLabel = "TEXT", description = "what the re-inspection found")
        String note;
        @Option(names = "--new-deadline", paramLabel = "YYYY-MM-DD", description = "required when failed")
        String newDeadline;

        @Override
        RectificationOrder apply(RectificationRepository orders, UUID orderId, UUID actorId) {
            Verdict v = switch (verdict.strip().toLowerCase(Locale.ROOT)) {
                case "passed", "pass", "合格" -> Verdict.PASSED;
                case "failed", "fail", "不合格" -> Verdict.FAILED;
                default -> throw new DomainException(Problem.of("problem.cli.verdict", verdict));
            };
            return orders.reinspect(orderId, v, note, RectificationCli.date(newDeadline), actorId);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Close an order after a passed re-inspection (supervisors only).")
    static final class Close extends Step {
        @Override
        RectificationOrder apply(RectificationRepository orders, UUID orderId, UUID actorId) {
            return orders.close(orderId, actorId);
        }
    }
}
