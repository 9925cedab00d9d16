package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.service.DemoData;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.DemoRectification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck demo}: fills an empty data folder with a realistic month of inspections. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the data folder with a realistic month of demo inspections (演示数据).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Option(names = "--seed", description = "random seed (default ${DEFAULT-VALUE})", defaultValue = "20261121")
    long seed;

    @Override
    public Integer call() {
        Messages messages = main.messages();
        try (AppContext context = AppContext.open(main.dataDirectory())) {
            DemoMonth.Summary made = context.demoMonth().fill(seed);
            DemoData.Summary summary = made.sheets();
            spec.commandLine().getOut().println(messages.get("cli.demo.done", summary.sheets(), summary.providers(),
                    summary.places(), context.dataDirectory().root()));
            DemoRectification.Summary orders = made.orders();
            spec.commandLine().getOut().println(messages.get("cli.demo.rectification", orders.orders(), orders.closed(),
                    orders.overdue(), orders.repeated()));
            return 0;
        }
    }
}
