package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.sync.SyncConflict;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code logicheck sync conflicts}: the open sync conflicts — sheets, reference data and signed records of
 * rectification steps and month closings (ADR 0019, 0027) — with both sides of a record conflict in words. The
 * decision is taken on the 同步冲突 screen by a supervisor (it needs a reason and shows both sides side by side).
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true)
final class SyncConflictsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    @Mixin
    Invocation run;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        try (AppContext context = run.open()) {
            List<SyncConflict> open = context.sync().conflicts().open();
            for (SyncConflict e : open) {
                String when = WHEN.format(e.detectedAt().atZoneSameInstant(context.clock().getZone()));
                if (e.kind() != SyncConflict.Kind.RECORD) {
                    out.println(messages.get("cli.recordui.sheet", id(e), messages.get("conflicts.kind." + e.kind().name()),
                            e.title(), e.subtitle(), when));
                    continue;
                }
                out.println(messages.get("cli.recordui.record", id(e),
                        messages.get("recordui.kind." + e.subtitle(), e.title()), when));
                out.println("  " + messages.get("conflicts.local") + "：" + words(e.local()));
                out.println("  " + messages.get("conflicts.incoming") + "：" + words(e.incoming()));
                out.println("  " + messages.get("conflicts.origin", e.incoming().origin()));
                out.println("  " + messages.get(e.mayTakeIncoming() ? "cli.recordui.mayTake" : "cli.recordui.keepOnly"));
            }
            out.println(messages.get("cli.recordui.summary", open.size()));
        }
        out.flush();
        return 0;
    }

    private static String id(SyncConflict e) {
        return e.id().toString().substring(0, 8);
    }

    private static String words(SyncConflict.Side side) {
        if (side.facts().isEmpty()) {
            return side.title();
        }
        return side.facts().stream().map(f -> f.label() + f.value().replace("\n", "；"))
                .collect(Collectors.joining("  "));
    }
}
