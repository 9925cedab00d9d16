package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.plan.CoverageShare;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.InspectionPlanService.PlanReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck plans list|add|set|end}: 层级检查计划 from the command line. Changes need a 主管 or 管理员
 * ({@code --as}, password checked as for every acting command, ADR 0013); a new plan takes its level's seed
 * defaults unless told otherwise; {@code set} changes only the options given.
 */
@Command(name = "plans", mixinStandardHelpOptions = true,
        subcommands = {PlansCommand.ListPlans.class, PlansCommand.Add.class, PlansCommand.Set.class, PlansCommand.End.class})
final class PlansCommand extends CommandGroup {
    private static final Pattern EVERY = Pattern.compile("(\\d{1,3})\\s*(h|hours?|小时|d|days?|天|日|m|months?|个月|月)",
            Pattern.CASE_INSENSITIVE);

    /** A plan by its id or the first characters of it (as {@code plans list} prints them). */
    static InspectionPlan plan(InspectionPlanService plans, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<InspectionPlan> match = t.length() < 4 ? List.of()
                : plans.all().stream().filter(p -> p.id().toString().startsWith(t)).toList();
        if (match.size() != 1) {
            throw new DomainException(Problem.of(match.isEmpty() ? "problem.cli.unknownPlan" : "problem.cli.ambiguousPlan", text));
        }
        return match.get(0);
    }

    static ResponsibilityLevel level(String text) {
        String t = text.strip();
        for (ResponsibilityLevel l : ResponsibilityLevel.values()) {
            if (l.name().equalsIgnoreCase(t) || Messages.forLanguage("zh").label(l).equals(t)
                    || Messages.forLanguage("en").label(l).equalsIgnoreCase(t)) {
                return l;
            }
        }
        throw new DomainException(Problem.of("problem.cli.level", t));
    }

    /** {@code 12h}, {@code 1d}, {@code 3天}, {@code 1m}, {@code 1个月}: the period's length and unit. */
    record Every(int length, PeriodUnit unit) {
        static Every parse(String text) {
            Matcher m = EVERY.matcher(text.strip());
            if (!m.matches()) {
                throw new DomainException(Problem.of("problem.cli.every", text.strip()));
            }
            String u = m.group(2).toLowerCase(Locale.ROOT);
            PeriodUnit unit = u.startsWith("h") || u.equals("小时") ? PeriodUnit.HOURS
                    : u.startsWith("d") || u.equals("天") || u.equals("日") ? PeriodUnit.DAYS : PeriodUnit.MONTHS;
            return new Every(Integer.parseInt(m.group(1)), unit);
        }
    }

    static String describe(InspectionPlan p, String person, String place, String provider, Messages messages) {
        CoverageShare share = new CoverageShare(p.coverageNumerator(), p.coverageDenominator());
        String frequency = messages.get("plans.frequency", p.times(), messages.get("plans.every." + p.unit().name(), p.length()))
                + (share.none() ? "" : messages.get("plans.coverageRule", share.text(), p.minUnits()));
        String status = !p.active() ? messages.get("plans.status.off")
                : p.validUntil() == null ? messages.get("plans.status.open", p.validFrom().toString())
                : messages.get("plans.status.ends", p.validFrom().toString(), p.validUntil().toString());
        return messages.get("cli.plans.line", p.id().toString().substring(0, 8), person, messages.label(p.level()), place,
                provider.isEmpty() ? messages.get("plans.anyProvider") : provider, frequency, status);
    }

    /** The options a new or changed plan can be given; null = not given. */
    abstract static class Terms {
        @Mixin
        Invocation run;
        @Option(names = "--person", paramLabel = "NAME")
        String person;
        @Option(names = "--level", paramLabel = "LEVEL")
        String level;
        @Option(names = "--place", paramLabel = "PLACE")
        String place;
        @Option(names = "--provider", paramLabel = "NAME")
        String provider;
        @Option(names = "--line", paramLabel = "LINE")
        String line;
        @Option(names = "--every", paramLabel = "PERIOD")
        String every;
        @Option(names = "--times", paramLabel = "N")
        Integer times;
        @Option(names = "--coverage", paramLabel = "SHARE")
        String coverage;
        @Option(names = "--min-units", paramLabel = "N")
        Integer minUnits;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        String from;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD")
        String until;
        @Option(names = "--as", paramLabel = "PERSON")
        String as;

        /** {@code base} with every given option applied. */
        InspectionPlan apply(AppContext context, InspectionPlan base) {
            UUID personId = person == null ? base.personId() : CliLogin.person(context, person.strip()).id();
            ResponsibilityLevel l = level == null ? base.level() : level(level);
            UUID placeId = place == null ? base.placeId() : OrdersCommand.findPlace(context, place);
            UUID providerId = provider == null ? base.providerId() : any(provider) ? null
                    : run.provider(context, provider).id();
            ServiceLine sl = line == null ? base.serviceLine() : any(line) ? null
                    : OrdersCommand.serviceLine(line, Messages.forLanguage("zh"));
            Every e = every == null ? new Every(base.length(), base.unit()) : Every.parse(every);
            CoverageShare share = coverage == null ? new CoverageShare(base.coverageNumerator(), base.coverageDenominator())
                    : CoverageShare.parse(coverage);
            LocalDate start = from == null ? base.validFrom() : RectificationCli.date(from);
            LocalDate end = until == null ? base.validUntil() : any(until) ? null : RectificationCli.date(until);
            return new InspectionPlan(base.id(), personId, l, providerId, placeId, sl, times == null ? base.times() : times,
                    e.unit(), e.length(), share.numerator(), share.denominator(),
                    minUnits == null ? base.minUnits() : minUnits, start, end, base.active());
        }

        private static boolean any(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            return t.equals("any") || t.equals("none") || t.equals("不限") || t.equals("长期") || t.isEmpty();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPlans implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--month", paramLabel = "YYYY-MM")
        String month;
        @Option(names = "--all")
        boolean all;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            PrintWriter out = run.out();
            try (AppContext context = run.open()) {
                YearMonth ym = month == null ? YearMonth.now(context.clock()) : AssessCommand.parseMonth(month);
                List<PlanReport> reports = context.plans().service().month(ym, all);
                if (reports.isEmpty()) {
                    out.println(messages.get("cli.plans.none", ym.toString()));
                }
                for (PlanReport r : reports) {
                    out.println(describe(r.plan(), r.person(), r.place(), r.provider(), messages));
                    out.println(messages.get("cli.plans.month", ym.toString(), r.required(), r.done(), r.missed()));
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
            if (person == null || level == null || place == null) {
                throw new DomainException(Problem.of("problem.cli.planNeeds"));
            }
            try (AppContext context = run.open()) {
                UUID personId = CliLogin.person(context, person.strip()).id();
                InspectionPlan base = InspectionPlan.defaults(UUID.randomUUID(), personId, level(level), null,
                        OrdersCommand.findPlace(context, place), null, LocalDate.now(context.clock()));
                InspectionPlan p = apply(context, base);
                Person actor = run.actor(context, as);
                context.plans().service().add(p, actor.id());
                PlansCommand.print(run, context, p, messages.get("cli.plans.added"), messages);
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends Terms implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLAN")
        String id;
        @Option(names = "--active", paramLabel = "true|false")
        Boolean active;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                InspectionPlan before = plan(context.plans().service(), id);
                InspectionPlan p = apply(context, before);
                if (active != null) {
                    p = p.withActive(active);
                }
                Person actor = run.actor(context, as);
                context.plans().service().change(p, actor.id());
                PlansCommand.print(run, context, p, messages.get("cli.plans.changed"), messages);
            }
            return 0;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true)
    static final class End implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "PLAN")
        String id;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD")
        String on;
        @Option(names = "--as", paramLabel = "PERSON")
        String as;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            try (AppContext context = run.open()) {
                InspectionPlan p = plan(context.plans().service(), id);
                LocalDate last = on == null ? LocalDate.now(context.clock()) : RectificationCli.date(on);
                Person actor = run.actor(context, as);
                context.plans().service().end(p.id(), last, actor.id());
                PlansCommand.print(run, context, context.plans().service().find(p.id()),
                        messages.get("cli.plans.ended", last.toString()), messages);
            }
            return 0;
        }
    }

    static void print(Invocation run, AppContext context, InspectionPlan p, String head, Messages messages) {
        PrintWriter out = run.out();
        out.println(head);
        out.println(describe(p, context.core().reference().person(p.personId()).map(Person::name).orElse(""),
                context.core().reference().place(p.placeId()).map(x -> x.path()).orElse(""),
                p.providerId() == null ? "" : context.core().reference().provider(p.providerId()).map(x -> x.shortName()).orElse(""),
                messages));
        out.flush();
    }
}
