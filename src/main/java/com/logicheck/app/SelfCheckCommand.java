package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.service.SelfCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code logicheck selfcheck}: proves an installed copy works, on a throw-away data folder (never the user's):
 * migrations, built-in templates, one signed PDF written and verified. Prints OK and exits 0, else exits 2.
 */
@Command(name = "selfcheck", mixinStandardHelpOptions = true)
final class SelfCheckCommand implements Callable<Integer> {
    @Mixin
    Invocation run;

    @Override
    public Integer call() throws IOException {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        Path temp = Files.createTempDirectory("logicheck-selfcheck");
        try {
            out.println(messages.get("cli.selfcheck.version", AppContext.appVersion(), System.getProperty("java.version")));
            try (AppContext context = AppContext.open(temp, Clocks.system(), messages,
                    () -> DatabaseKey.NONE)) {
                out.println(messages.get("cli.selfcheck.database", context.dataDirectory().root()));
                SelfCheck.Result r = new SelfCheck(context.core().reference(), context.core().templates(), context.inspection().service(),
                        context.inspection().signing(), context.inspection().verify()).run();
                out.println(messages.get("cli.selfcheck.templates", r.templates()));
                out.println(messages.get("cli.selfcheck.signed", r.pdfBytes(), r.signer()));
            }
            out.println("OK");
            out.flush();
            return 0;
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
