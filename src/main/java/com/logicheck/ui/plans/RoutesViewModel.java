package com.logicheck.ui.plans;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.OccurrenceStatus;
import com.logicheck.domain.plan.Route;
import com.logicheck.domain.plan.RouteDecider.Occurrence;
import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.domain.plan.RoutePoint;
import com.logicheck.domain.plan.TimeWindow;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.RouteService;
import com.logicheck.service.RouteService.RouteReport;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Notice;
import com.logicheck.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 巡检路线 on the plans screen: for a chosen day (or its week) each route's points with 按时/迟到/漏检/未到时间 per
 * window and the route's 有效巡检率, by person; for 主管 and 管理员 a form to add a route, change the selected one or
 * end it today. Points are typed one a line, {@code 地点@08:00-10:00,14:00-16:00} (the CLI's form).
 */
public final class RoutesViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final RouteService routes;
    private final ReferenceDirectory reference;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Person user;
    private final boolean canEdit;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanProperty week = new SimpleBooleanProperty(false);
    private final ObservableList<RouteRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RouteRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Person>> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ResponsibilityLevel>> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Provider>> provider = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("");
    private final ObservableList<Choice<Person>> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<ResponsibilityLevel>> levels = FXCollections.observableArrayList();
    private final ObservableList<Choice<Provider>> providers = FXCollections.observableArrayList();
    private List<Place> places = List.of();
    private UUID editing;

    public RoutesViewModel(RouteService routes, ReferenceDirectory reference, Messages messages, TaskExecutor executor,
                           Clock clock, Person user) {
        this.routes = routes;
        this.reference = reference;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        this.user = user;
        this.canEdit = AccessPolicy.allows(user.role(), Permission.MANAGE_ROUTES);
        day.set(LocalDate.now(clock));
        levels.add(new Choice<>(messages.get("routes.anyLevel"), null));
        for (ResponsibilityLevel l : ResponsibilityLevel.values()) {
            levels.add(new Choice<>(messages.label(l), l));
        }
        selected.addListener((o, a, b) -> {
            if (b != null) {
                load(b.route());
            }
        });
    }

    private record Reference(List<Person> people, List<Place> places, List<Provider> providers) {
    }

    public void start() {
        executor.submit(() -> new Reference(reference.people(), reference.places(), reference.providers()), ref -> {
            people.setAll(new Choice<>(messages.get("routes.byLevel"), null));
            ref.people().forEach(p -> people.add(new Choice<>(p.name(), p)));
            places = ref.places().stream().sorted(Comparator.comparing(Place::path)).toList();
            providers.setAll(new Choice<>(messages.get("routes.noProvider"), null));
            ref.providers().forEach(p -> providers.add(new Choice<>(p.shortName(), p)));
            newRoute();
            refresh();
            day.addListener((o, a, b) -> refresh());
            week.addListener((o, a, b) -> refresh());
        }, this::fail);
    }

    public void refresh() {
        LocalDate d = day.get() == null ? LocalDate.now(clock) : day.get();
        LocalDate from = week.get() ? d.with(DayOfWeek.MONDAY) : d;
        LocalDate to = week.get() ? from.plusDays(6) : d;
        UUID keep = selected.get() == null ? null : selected.get().route().id();
        boolean weekly = week.get();
        executor.submit(() -> routes.report(from, to), reports -> {
            List<RouteRow> all = new ArrayList<>();
            reports.stream().sorted(Comparator.comparing(RouteReport::person).thenComparing(r -> r.route().name()))
                    .forEach(r -> all.addAll(rows(r, weekly)));
            rows.setAll(all);
            selected.set(rows.stream().filter(r -> r.route().id().equals(keep)).findFirst().orElse(null));
            Tally t = Tally.of(reports.stream().flatMap(r -> r.occurrences().stream()).toList());
            String range = from.equals(to) ? from.toString() : from + " – " + to;
            summary.set(messages.get("routes.summary", range, reports.size(), t.onTime(), t.late(), t.missed(),
                    t.notDue(), rate(t)));
        }, this::fail);
    }

    private List<RouteRow> rows(RouteReport r, boolean weekly) {
        List<RouteRow> out = new ArrayList<>();
        String who = r.route().personId() != null ? r.person() : messages.get("routes.everyone", messages.label(r.route().level()));
        for (int i = 0; i < r.route().points().size(); i++) {
            int no = i + 1;
            List<Occurrence> here = r.occurrences().stream().filter(o -> o.point() == no).toList();
            String windows = r.route().points().get(i).windows().stream().map(w -> {
                List<Occurrence> ow = here.stream().filter(o -> o.hours().equals(w)).toList();
                return w.text() + " " + (weekly ? counts(Tally.of(ow)) : ow.stream().map(this::status).collect(Collectors.joining()));
            }).collect(Collectors.joining(messages.get("routes.windowJoin")));
            boolean bad = here.stream().anyMatch(o -> o.status() == OccurrenceStatus.LATE || o.status() == OccurrenceStatus.MISSED);
            out.add(new RouteRow(r.route(), i == 0 ? r.route().name() : "", i == 0 ? who : "",
                    no + ". " + r.points().get(i), windows, i == 0 ? rate(r.tally()) : "", bad));
        }
        return out;
    }

    private String status(Occurrence o) {
        String s = messages.get("routes.status." + o.status().name());
        return o.checkedAt() == null ? s : s + " " + o.checkedAt().format(TIME);
    }

    private String counts(Tally t) {
        return messages.get("routes.counts", t.onTime(), t.late(), t.missed(), t.notDue());
    }

    private String rate(Tally t) {
        return t.ratePercent().map(p -> p.toPlainString() + "%").orElse(messages.get("routes.rate.none"));
    }

    /** 新建路线: an empty form. */
    public void newRoute() {
        editing = null;
        selected.set(null);
        name.set("");
        person.set(people.isEmpty() ? null : people.get(0));
        level.set(levels.get(0));
        provider.set(providers.isEmpty() ? null : providers.get(0));
        points.set("");
        tell("");
    }

    private void load(Route r) {
        editing = r.id();
        name.set(r.name());
        person.set(people.stream().filter(c -> c.value() != null && c.value().id().equals(r.personId())).findFirst()
                .orElse(people.isEmpty() ? null : people.get(0)));
        level.set(levels.stream().filter(c -> c.value() == r.level()).findFirst().orElse(levels.get(0)));
        provider.set(providers.stream().filter(c -> c.value() != null && c.value().id().equals(r.providerId()))
                .findFirst().orElse(providers.isEmpty() ? null : providers.get(0)));
        points.set(r.points().stream().map(p -> pathOf(p.placeId()) + "@" + p.windows().stream().map(TimeWindow::text)
                .map(t -> t.replace('–', '-')).collect(Collectors.joining(","))).collect(Collectors.joining("\n")));
    }

    private String pathOf(UUID placeId) {
        return places.stream().filter(p -> p.id().equals(placeId)).map(Place::path).findFirst().orElse("");
    }

    /** The route the form describes; refused (a {@link DomainException}) with the field named. */
    Route build() {
        List<RoutePoint> ps = new ArrayList<>();
        for (String line : points.get() == null ? new String[0] : points.get().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int at = line.lastIndexOf('@');
            if (at <= 0) {
                throw new DomainException(Problem.of("problem.cli.routePoint", line.strip()));
            }
            String placeText = line.substring(0, at).strip();
            List<Place> match = places.stream().filter(p -> p.path().equals(placeText) || p.name().equals(placeText)).toList();
            if (match.size() != 1) {
                throw new DomainException(Problem.of("problem.route.placeName", placeText));
            }
            List<TimeWindow> windows = new ArrayList<>();
            for (String w : line.substring(at + 1).split("[,，]")) {
                windows.add(TimeWindow.parse(w, placeText));
            }
            ps.add(new RoutePoint(match.get(0).id(), windows));
        }
        Route before = editing == null ? null : rows.stream().map(RouteRow::route).filter(r -> r.id().equals(editing))
                .findFirst().orElse(null);
        Person p = person.get() == null ? null : person.get().value();
        return new Route(editing == null ? UUID.randomUUID() : editing, name.get(), p == null ? null : p.id(),
                level.get() == null ? null : level.get().value(),
                provider.get() == null || provider.get().value() == null ? null : provider.get().value().id(), ps,
                before == null ? LocalDate.now(clock) : before.validFrom(), before == null ? null : before.validUntil());
    }

    /** 保存路线: adds the new route or changes the selected one; nothing is written when a field is wrong. */
    public void save() {
        Route r;
        try {
            r = build();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        boolean adding = editing == null;
        run(() -> (adding ? routes.add(r, user.id()) : routes.change(r, user.id())).id(),
                messages.get(adding ? "routes.added" : "routes.changed", r.name()));
    }

    /** 结束路线: the selected route runs up to and including today. */
    public void endSelected() {
        RouteRow r = selected.get();
        if (r == null) {
            tellFailure(messages.get("routes.selectFirst"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        run(() -> routes.end(r.route().id(), today, user.id()).id(), messages.get("routes.ended", r.route().name(), today.toString()));
    }

    private void run(Callable<UUID> work, String done) {
        if (!canEdit) {
            tellFailure(messages.get("problem.route.notSupervisor", user.name()));
            return;
        }
        executor.submit(work, id -> {
            tell(done);
            refresh();
        }, this::fail);
    }

    private void tell(String text) {
        notice.set(Notice.told(text));
    }

    private void tellFailure(String text) {
        notice.set(Notice.failed(text));
    }

    private void fail(Exception e) {
        tellFailure(Failures.describe(e, messages));
    }

    public boolean canEdit() {
        return canEdit;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public BooleanProperty weekProperty() {
        return week;
    }

    public ObservableList<RouteRow> rows() {
        return rows;
    }

    public ObjectProperty<RouteRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Choice<Person>> personProperty() {
        return person;
    }

    public ObjectProperty<Choice<ResponsibilityLevel>> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice<Provider>> providerProperty() {
        return provider;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public ObservableList<Choice<Person>> people() {
        return people;
    }

    public ObservableList<Choice<ResponsibilityLevel>> levels() {
        return levels;
    }

    public ObservableList<Choice<Provider>> providers() {
        return providers;
    }

    /** Whether a route is being changed (else the form adds one). */
    public boolean editing() {
        return Objects.nonNull(editing);
    }
}
