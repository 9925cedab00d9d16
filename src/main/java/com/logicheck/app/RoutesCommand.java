package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.plan.Route;
import com.logicheck.domain.plan.RouteDecider.Occurrence;
import com.logicheck.domain.plan.RoutePoint;
import com.logicheck.domain.plan.TimeWindow;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RouteService;
import com.logicheck.service.RouteService.RouteReport;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck routes list|add|set|end}: 巡检路线 from the command line (issue 16 items 4 and 5), with the refusals
 * of the screen (the domain's and the service's). A point is {@code PLACE@08:00-10:00,14:00-16:00}; changes need a 主管
 * or 管理员 ({@code --as}).
 */
@Command(name = "routes", mixinStandardHelpOptions = true,
        subcommands = {RoutesCommand.ListRoutes.class, RoutesCommand.Add.class, RoutesCommand.Set.class, RoutesCommand.End.class})
final class RoutesCommand extends CommandGroup {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A route by its id or the first characters of it (as {@code routes list} prints them). */
    static Route route(RouteService routes, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<Route> match = t.length() < 4 ? List.of()
                : routes.all().stream().filter(r -> r.id().toString().startsWith(t)).toList();
        if (match.size() != 1) {
            throw new DomainException(Problem.of(match.isEmpty() ? "problem.cli.unknownRoute" : "problem.cli.ambiguousRoute", text));
        }
        return match.get(0);
    }

    /** {@code 心内科病区@08:00-10:00,14:00-16:00}: the place (path or name) and its windows. */
    static RoutePoint point(AppContext context, String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            throw new DomainException(Problem.of("problem.cli.routePoint", text));
        }
        String place = text.substring(0, at).strip();
        List<TimeWindow> windows = new ArrayList<>();
        for (String w : text.substring(at + 1).split("[,，]")) {
            windows.add(TimeWindow.parse(w, place));
        }
        return new RoutePoint(OrdersCommand.findPlace(context, place), windows);
    }

    static String describe(Route r, String person, String provider, Messages messages) {
        String who = r.personId() != null ? person : messages.get("routes.everyone", messages.label(r.level()));
        String status = r.validUntil() == null ? messages.get("plans.status.open", r.validFrom().toString())
                : messages.get("plans.status.ends", r.validFrom().toString(), r.validUntil().toString());
        return messages.get("cli.routes.line", r.id().toString().substring(0, 8), r.name(), who,
                provider.isEmpty() ? messages.get("routes.noProvider") : provider, r.points().size(), status);
    }

    /** The options a new or changed route can be given; null = not given. */
    abstract static class Terms {
        @Mixin
        Invocation run;
        @Option(names = "--name", paramLabel = "NAME")
        String name;
        @Option(names = "--person", paramLabel = "NAME")
        String person;
        @Option(names = "--level", paramLabel = "LEVEL")
        String level;
        @Option(names = "--provider", paramLabel = "NAME")
        String provider;
        @Option(names = "--point", paramLabel = "PLACE@HH:MM-HH:MM[,…]")
        List<String> points;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        String from;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD")
        String until;
        @Option(names = "--as", paramLabel = "PERSON")
        String as;

        /** A route with {@code base}'s terms and every given option applied (points replace all points). */
        Route apply(AppContext context, UUID id, Route base) {
            UUID personId = person == null ? base == null ? null : base.personId()
                    : none(person) ? null : CliLogin.person(context, person.strip()).id();
            ResponsibilityLevel l = level == null ? base == null ? null : base.level()
                    : none(level) ? null : PlansCommand.level(level);
            UUID providerId = provider == null ? base == null ? null : base.providerId()
                    : none(provider) ? null : run.provider(context, provider).id();
            List<RoutePoint> ps = points == null ? base == null ? List.of() : base.points()
                    : points.stream().map(p -> point(context, p)).toList();
            LocalDate start = from != null ? RectificationCli.date(from)
                    : base == null ? LocalDate.now(context.clock()) : base.validFrom();
            LocalDate end = until == null ? base == null ? null : base.validUntil()
                    : none(until) ? null : RectificationCli.date(until);
            return new Route(id, name != null ? name : base == null ? "" : base.name(), personId, l, providerId, ps,
                    start, end);
        }

        private static boolean none(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            return t.equals("none") || t.equals("any") || t.equals("无") || t.equals("不限") || t.equals("长期") || t.isEmpty();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRoutes implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--day", paramLabel = "YYYY-MM-DD")
        String day;
        @Option(names = "--week", paramLabel = "YYYY-MM-DD")
        String week;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            PrintWriter out = run.out();
            try (AppContext context = run.open()) {
                LocalDate from;
                LocalDate to;
                if (week != null) {
                    from = RectificationCli.date(week).with(DayOfWeek.MONDAY);
                    to = from.plusDays(6);
                } else {
                    from = day == null ? LocalDate.now(context.clock()) : RectificationCli.date(day);
                    to = from;
                }
                List<RouteReport> reports = context.plans().routes().report(from, to);
                String range = from.equals(to) ? from.toString() : from + " – " + to;
                if (reports.isEmpty()) {
                    out.println(messages.get("cli.routes.none", range));
                }
                for (RouteReport r : reports) {
                    out.println(describe(r.route(), r.person(), r.provider(), messages));
                    for (Occurrence o : r.occurrences()) {
                        out.println(messages.get("cli.routes.occurrence", o.day().toString(), o.point(),
                                r.points().get(o.point() - 1), o.hours().text(), messages.get("routes.status." + o.status().name()),
                                o.checkedAt() == null ? "" : o.checkedAt().format(TIME)));
                    }
                    out.println(messages.get("cli.routes.tally", range, r.tally().onTime(), r.tally().late(), r.tally().missed(),
                            r.tally().notDue(), r.tally().ratePercent().map(p -> p.toPlainString() + "%")
                                    .orElse(messages.get("routes.rate.none"))));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Terms implements Callable<Integer> {

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                Route r = apply(context, UUID.randomUUID(), null);
                Person actor = run.actor(context, as);
                context.plans().routes().add(r, actor.id());
                print(run, context, r, messages.get("cli.routes.added"), messages);
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends Terms implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ROUTE")
        String id;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                Route before = route(context.plans().routes(), id);
                Route r = apply(context, before.id(), before);
                Person actor = run.actor(context, as);
                context.plans().routes().change(r, actor.id());
                print(run, context, r, messages.get("cli.routes.changed"), messages);
            }
            return 0;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true)
    static final class End implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "ROUTE")
        String id;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD")
        String on;
        @Option(names = "--as", paramLabel = "PERSON")
        String as;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                Route r = route(context.plans().routes(), id);
                LocalDate last = on == null ? LocalDate.now(context.clock()) : RectificationCli.date(on);
                Person actor = run.actor(context, as);
                Route ended = context.plans().routes().end(r.id(), last, actor.id());
                print(run, context, ended, messages.get("cli.routes.ended", last.toString()), messages);
            }
            return 0;
        }
    }

    static void print(Invocation run, AppContext context, Route r, String head, Messages messages) {
        PrintWriter out = run.out();
        out.println(head);
        var reference = context.core().reference();
        out.println(describe(r, r.personId() == null ? "" : reference.person(r.personId()).map(Person::name).orElse(""),
                r.providerId() == null ? "" : reference.provider(r.providerId()).map(x -> x.shortName()).orElse(""), messages));
        for (int i = 0; i < r.points().size(); i++) {
            RoutePoint p = r.points().get(i);
            out.println(messages.get("cli.routes.point", i + 1, reference.place(p.placeId()).map(x -> x.path()).orElse(""),
                    String.join(messages.get("routes.windowSeparator"), p.windows().stream().map(TimeWindow::text).toList())));
        }
        out.flush();
    }
}
