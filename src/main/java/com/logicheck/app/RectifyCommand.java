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
@Command(name = "rectify", mixinStandardHelpOptions = true)
final class RectifyCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Parameters(index = "0", paramLabel = "SHEET")
    String sheet;
    @Option(names = "--items", split = ",", paramLabel = "CODE")
    List<String> items;
    @Option(names = "--grouped")
    boolean grouped;
    @Option(names = "--responsible", required = true, paramLabel = "NAME")
    String responsible;
    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD")
    String deadline;
    @Option(names = "--standard", paramLabel = "TEXT")
    String standard;
    @Option(names = "--cause", required = true, paramLabel = "CAUSE")
    List<String> causes;
    @Option(names = "--cause-note", paramLabel = "TEXT")
    String causeNote;
    @Option(names = "--steps", paramLabel = "TEXT")
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
