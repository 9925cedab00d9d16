package com.logicheck.app;

import com.logicheck.service.DemoData;
import com.logicheck.service.DemoLogins;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.DemoRectification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck demo}: fills an empty data folder with a realistic month of inspections. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Option(names = "--seed", defaultValue = "20261121")
    long seed;
    @Option(names = "--logins")
    boolean logins;

    @Override
    public Integer call() {
        try (AppContext context = run.open()) {
            DemoMonth.Summary made = context.accounts().demo().fill(seed, logins);
            DemoData.Summary summary = made.sheets();
            run.say("cli.demo.done", summary.sheets(), summary.providers(), summary.places(),
                    context.dataDirectory().root());
            DemoRectification.Summary orders = made.orders();
            run.say("cli.demo.rectification", orders.orders(), orders.closed(), orders.overdue(), orders.repeated());
            run.say("cli.demo.signed", made.signed());
            run.say("cli.demo.college");
            if (!logins) {
                run.say("cli.demo.loginsOffered", DemoLogins.INSPECTOR_PASSWORD);
            } else if (made.logins().isEmpty()) {
                run.say("cli.demo.noLogins");
            } else {
                run.say("cli.demo.logins");
                for (DemoLogins.Login l : made.logins()) {
                    run.say("cli.demo.login", run.messages().get("Role." + l.role().name()), l.name(), l.login(),
                            l.password());
                }
                run.say("cli.demo.providerNoLogin");
            }
            return 0;
        }
    }
}
