package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationDesk.Filter;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck orders --overdue --provider 华安}: the supervisor's desk as text (整改台账), with the counts. */
@Command(name = "orders", mixinStandardHelpOptions = true)
final class OrdersCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Option(names = "--overdue")
    boolean overdue;
    @Option(names = "--today")
    boolean today;
    @Option(names = "--week")
    boolean week;
    @Option(names = "--repeated")
    boolean repeated;
    @Option(names = "--provider", paramLabel = "NAME")
    String provider;
    @Option(names = "--line", paramLabel = "LINE")
    String line;
    @Option(names = "--place", paramLabel = "NAME")
    String place;
    @Option(names = "--status", split = ",", paramLabel = "STATUS")
    List<RectificationStatus> statuses;
    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        try (AppContext context = run.open()) {
            LocalDate day = LocalDate.now(context.clock());
            Filter filter = new Filter(provider == null ? null
                    : run.provider(context, provider).id(),
                    line == null ? null : serviceLine(line, messages), place == null ? null : findPlace(context, place),
                    statuses == null ? Set.of() : EnumSet.copyOf(statuses),
                    today ? day : week ? day : null,
                    today ? day : week ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : null,
                    overdue, repeated);
            RectificationDesk desk = context.rectification().desk().desk();
            PrintWriter out = run.out();
            List<RectificationDesk.Row> rows = desk.list(filter, day, limit);
            if (rows.isEmpty()) {
                out.println(messages.get("cli.orders.none"));
            }
            for (RectificationDesk.Row r : rows) {
                out.println(messages.get("cli.orders.row", RectificationCli.shortId(r.id()),
                        r.overdue() ? messages.get("cli.orders.overdue", r.daysOverdue()) : messages.label(r.status()),
                        r.provider(), r.place(), messages.label(r.serviceLine()), r.items(), r.deadline().toString(),
                        r.responsible(), messages.label(r.level()),
                        r.repeated() ? messages.get("cli.orders.repeat") : "").stripTrailing());
            }
            RectificationDesk.Counts c = desk.counts(filter, day);
            out.println(messages.get("cli.orders.counts", c.open(), c.reportedFixed(), c.verified(), c.closed(),
                    c.overdue(), c.dueToday(), c.dueThisWeek(), c.repeated()));
            out.println(messages.get("cli.orders.ageing", c.ageing().get(RectificationDesk.Ageing.DAYS_0_3),
                    c.ageing().get(RectificationDesk.Ageing.DAYS_4_7), c.ageing().get(RectificationDesk.Ageing.DAYS_8_14),
                    c.ageing().get(RectificationDesk.Ageing.DAYS_15_30), c.ageing().get(RectificationDesk.Ageing.OVER_30)));
            out.flush();
        }
        return 0;
    }

    static ServiceLine serviceLine(String text, Messages messages) {
        String t = text.strip();
        for (ServiceLine l : ServiceLine.values()) {
            if (l.name().equalsIgnoreCase(t) || messages.label(l).equals(t) || Messages.forLanguage("zh").label(l).equals(t)) {
                return l;
            }
        }
        throw new DomainException(Problem.of("problem.cli.serviceLine", t));
    }

    static UUID findPlace(AppContext context, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<Place> exact = context.core().reference().places().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(t)).toList();
        List<Place> match = exact.isEmpty() ? context.core().reference().places().stream()
                .filter(p -> p.path().toLowerCase(Locale.ROOT).contains(t)).toList() : exact;
        if (match.size() != 1) {
            throw new DomainException(Problem.of(match.isEmpty() ? "problem.cli.noPlace" : "problem.cli.ambiguousPlace", text));
        }
        return match.get(0).id();
    }
}
