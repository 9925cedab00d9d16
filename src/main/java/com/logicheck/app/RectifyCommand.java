package com.logicheck.app;

import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationService;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logicheck rectify 1a2b3c4d --responsible 王班长 --cause 培训}: 整改通知单 from a finished or signed sheet. */
@Command(name = "rectify", mixinStandardHelpOptions = true,
        description = "Raise rectification orders (整改通知单) from a sheet's deductions: one per deduction, or --grouped.")
final class RectifyCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(index = "0", paramLabel = "SHEET", description = "sheet id or its first characters")
    String sheet;
    @Option(names = "--items", split = ",", paramLabel = "CODE",
            description = "item codes (default: every deduction not yet ordered or exempted)")
    List<String> items;
    @Option(names = "--grouped", description = "one order for all the chosen deductions")
    boolean grouped;
    @Option(names = "--responsible", required = true, paramLabel = "NAME", description = "the provider's responsible person")
    String responsible;
    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "last day (default: per service line, maintenance the same day)")
    String deadline;
    @Option(names = "--standard", paramLabel = "TEXT", description = "standard to reach (default: the items' requirement)")
    String standard;
    @Option(names = "--cause", required = true, paramLabel = "CAUSE",
            description = "cause analysis, comma separated: 人员 培训 物资 计划 标准 流程 (or STAFFING, TRAINING …)")
    List<String> causes;
    @Option(names = "--cause-note", paramLabel = "TEXT")
    String causeNote;
    @Option(names = "--steps", paramLabel = "TEXT", description = "planned steps")
    String steps;
    @Mixin
    CliOptions.ActingPerson acting;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        try (AppContext context = run.open()) {
            var request = new RectificationService.RaiseRequest(CliSupport.sheetId(context, sheet), items, grouped,
                    responsible, RectificationCli.date(deadline), standard, RectificationCli.causes(causes, messages),
                    causeNote, steps);
            List<RectificationOrder> raised = context.rectification().service().raise(request,
                    acting.actor(run, context).id());
            PrintWriter out = run.out();
            out.println(messages.get("cli.rectify.raised", raised.size()));
            raised.forEach(o -> out.println(RectificationCli.describe(o, messages)));
            out.flush();
        }
        return 0;
    }
}
