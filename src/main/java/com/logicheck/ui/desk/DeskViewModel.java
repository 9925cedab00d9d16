package com.logicheck.ui.desk;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationDeskService.Ageing;
import com.logicheck.service.RectificationDeskService.CloseTime;
import com.logicheck.service.RectificationDeskService.DeskCounts;
import com.logicheck.service.RectificationDeskService.DeskDay;
import com.logicheck.service.RectificationDeskService.DeskFilter;
import com.logicheck.service.RectificationDeskService.DeskOrder;
import com.logicheck.service.RectificationDeskService.DeskWeek;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 整改台账 (the supervisor's desk): tabs for overdue / due today / due this week / all open / all, filters by provider,
 * service line, place (with everything under it), status and 重复问题, counts and ageing, a month calendar of
 * deadlines and two charts. Every change of a filter reloads in the background; the detail of the selected order is
 * {@link OrderDetailModel}.
 */
public final class DeskViewModel {
    static final int LIMIT = 500;
    static final int WEEKS = 12;
    private static final Set<RectificationStatus> ACTIVE = Set.of(RectificationStatus.OPEN, RectificationStatus.REPORTED_FIXED);
    private final RectificationDeskService desk;
    private final ReferenceDirectory reference;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Clock clock;
    private final ObjectProperty<DeskScope> scope = new SimpleObjectProperty<>(DeskScope.OPEN);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Provider>> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ServiceLine>> serviceLine = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Place>> place = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<RectificationStatus>> status = new SimpleObjectProperty<>();
    private final BooleanProperty repeatedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Provider>> providers = FXCollections.observableArrayList();
    private final ObservableList<Choice<ServiceLine>> serviceLines = FXCollections.observableArrayList();
    private final ObservableList<Choice<Place>> places = FXCollections.observableArrayList();
    private final ObservableList<Choice<RectificationStatus>> statuses = FXCollections.observableArrayList();
    private final ObservableList<DeskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CalendarCell> calendar = FXCollections.observableArrayList();
    private final ObservableList<DeskWeek> weeks = FXCollections.observableArrayList();
    private final ObservableList<CloseTime> closeTimes = FXCollections.observableArrayList();
    private final Map<DeskScope, ReadOnlyStringWrapper> scopeLabels = new EnumMap<>(DeskScope.class);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ageing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper listTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean started;

    public DeskViewModel(RectificationDeskService desk, ReferenceDirectory reference, Messages messages, TaskExecutor executor,
                         Navigator navigator, Clock clock) {
        this.desk = desk;
        this.reference = reference;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
        for (DeskScope s : DeskScope.values()) {
            scopeLabels.put(s, new ReadOnlyStringWrapper(messages.label(s)));
        }
        month.set(YearMonth.now(clock));
        serviceLines.add(new Choice<>(messages.get("desk.filter.allLines"), null));
        for (ServiceLine line : ServiceLine.values()) {
            serviceLines.add(new Choice<>(messages.label(line), line));
        }
        statuses.add(new Choice<>(messages.get("desk.filter.allStatuses"), null));
        for (RectificationStatus s : RectificationStatus.values()) {
            statuses.add(new Choice<>(messages.label(s), s));
        }
        serviceLine.set(serviceLines.get(0));
        status.set(statuses.get(0));
    }

    /** Loads the filter choices, then the desk; later changes of any filter reload it. */
    public void start() {
        executor.submit(() -> new Reference(reference.providers(), reference.places()), ref -> {
            providers.setAll(new Choice<>(messages.get("desk.filter.allProviders"), null));
            ref.providers().stream().sorted(Comparator.comparing(Provider::name))
                    .forEach(p -> providers.add(new Choice<>(p.name(), p)));
            places.setAll(new Choice<>(messages.get("desk.filter.allPlaces"), null));
            ref.places().stream().sorted(Comparator.comparing(Place::path))
                    .forEach(p -> places.add(new Choice<>(p.path(), p)));
            provider.set(providers.get(0));
            place.set(places.get(0));
            started = true;
            refresh();
            List.of(scope, day, provider, serviceLine, place, status, repeatedOnly, month)
                    .forEach(p -> p.addListener((o, a, b) -> refresh()));
        }, e -> message.set(Failures.describe(e, messages)));
    }

    private record Reference(List<Provider> providers, List<Place> places) {
    }

    private record Snapshot(List<DeskOrder> rows, DeskCounts counts, List<DeskDay> days,
                            List<DeskWeek> weeks, List<CloseTime> closeTimes,
                            LocalDate today) {
    }

    /** Reloads the list, counts, calendar and charts for the current filters (background). */
    public void refresh() {
        if (!started) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        DeskFilter base = base();
        DeskFilter list = scoped(base, today);
        YearMonth m = month.get();
        executor.submit(() -> new Snapshot(desk.list(list, today, LIMIT), desk.counts(base, today),
                desk.calendar(m, base, today), desk.weekly(base, today, WEEKS),
                desk.closeTimes(base, today, today.minusWeeks(WEEKS)), today), this::show,
                e -> message.set(Failures.describe(e, messages)));
    }

    private void show(Snapshot s) {
        rows.setAll(s.rows().stream().map(r -> row(r, s.today())).toList());
        DeskCounts c = s.counts();
        long all = c.open() + c.reportedFixed() + c.verified() + c.closed();
        scopeLabels.get(DeskScope.OVERDUE).set(messages.get("desk.scope.count", messages.label(DeskScope.OVERDUE), c.overdue()));
        scopeLabels.get(DeskScope.TODAY).set(messages.get("desk.scope.count", messages.label(DeskScope.TODAY), c.dueToday()));
        scopeLabels.get(DeskScope.WEEK).set(messages.get("desk.scope.count", messages.label(DeskScope.WEEK), c.dueThisWeek()));
        scopeLabels.get(DeskScope.OPEN).set(messages.get("desk.scope.count", messages.label(DeskScope.OPEN),
                c.open() + c.reportedFixed()));
        scopeLabels.get(DeskScope.ALL).set(messages.get("desk.scope.count", messages.label(DeskScope.ALL), all));
        counts.set(messages.get("desk.counts", c.open(), c.reportedFixed(), c.verified(), c.closed(), c.overdue(), c.repeated()));
        ageing.set(messages.get("desk.ageing", c.ageing().get(Ageing.DAYS_0_3),
                c.ageing().get(Ageing.DAYS_4_7), c.ageing().get(Ageing.DAYS_8_14),
                c.ageing().get(Ageing.DAYS_15_30), c.ageing().get(Ageing.OVER_30)));
        String what = day.get() != null ? messages.get("desk.list.day", day.get().toString()) : messages.label(scope.get());
        listTitle.set(s.rows().size() >= LIMIT ? messages.get("desk.list.limited", what, LIMIT)
                : messages.get("desk.list.title", what, s.rows().size()));
        calendar.setAll(cells(month.get(), s.days(), s.today()));
        monthTitle.set(messages.get("desk.calendar.month", Integer.toString(month.get().getYear()), month.get().getMonthValue()));
        weeks.setAll(s.weeks());
        closeTimes.setAll(s.closeTimes());
        message.set("");
    }

    private DeskRow row(DeskOrder r, LocalDate today) {
        boolean active = r.status().active();
        String lateness;
        if (r.overdue()) {
            lateness = messages.get("desk.row.overdue", r.daysOverdue());
        } else if (r.status() == RectificationStatus.OPEN && r.deadline().equals(today)) {
            lateness = messages.get("desk.row.dueToday");
        } else if (r.status() == RectificationStatus.OPEN) {
            lateness = messages.get("desk.row.daysLeft", ChronoUnit.DAYS.between(today, r.deadline()));
        } else {
            lateness = "";
        }
        String age = active ? messages.get("desk.row.age", ChronoUnit.DAYS.between(r.inspectedOn(), today)) : "";
        String status = messages.label(r.status()) + (r.round() > 1 ? messages.get("desk.row.round", r.round()) : "");
        return new DeskRow(r.id(), r.inspectionId(), r.id().toString().substring(0, 8), r.deadline().toString(), lateness,
                age, r.provider(), shortPlace(r.place()), messages.label(r.serviceLine()), r.items(),
                messages.label(r.level()), status, r.overdue(), r.repeated());
    }

    /** The last two parts of a place path ("3层 / 骨科病区"): the site and building are in the filter and the detail. */
    static String shortPlace(String path) {
        String[] parts = path.split(" / ");
        return parts.length <= 2 ? path : parts[parts.length - 2] + " / " + parts[parts.length - 1];
    }

    static List<CalendarCell> cells(YearMonth month, List<DeskDay> days, LocalDate today) {
        Map<LocalDate, DeskDay> byDate = days.stream()
                .collect(Collectors.toMap(DeskDay::date, Function.identity()));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<CalendarCell> cells = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            LocalDate d = first.plusDays(i);
            DeskDay x = byDate.get(d);
            cells.add(new CalendarCell(d, YearMonth.from(d).equals(month), d.equals(today), x == null ? 0 : x.due(),
                    x == null ? 0 : x.overdue(), x == null ? 0 : x.closed()));
        }
        return cells;
    }

    DeskFilter base() {
        return new DeskFilter(value(provider) == null ? null : value(provider).id(), value(serviceLine),
                value(place) == null ? null : value(place).id(),
                value(status) == null ? Set.of() : Set.of(value(status)), null, null, false, repeatedOnly.get());
    }

    DeskFilter scoped(DeskFilter base, LocalDate today) {
        if (day.get() != null) {
            return base.due(day.get(), day.get());
        }
        DeskFilter active = base.statuses().isEmpty() ? base.withStatuses(ACTIVE) : base;
        return switch (scope.get()) {
            case OVERDUE -> new DeskFilter(base.providerId(), base.serviceLine(), base.placeId(), base.statuses(), null, null,
                    true, base.repeatedOnly());
            case TODAY -> active.due(today, today);
            case WEEK -> active.due(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case OPEN -> active;
            case ALL -> base;
        };
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    /** A tab was chosen: the calendar's day selection is dropped. */
    public void chooseScope(DeskScope s) {
        day.set(null);
        scope.set(s);
    }

    /** A calendar day was clicked: the list shows every order due that day. */
    public void chooseDay(LocalDate d) {
        day.set(d);
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** 打开检查表: the sheet the order was raised from. */
    public void openSheet(DeskRow row) {
        if (row != null) {
            navigator.summary(row.inspectionId());
        }
    }

    public void home() {
        navigator.home();
    }

    public ObjectProperty<DeskScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Choice<Provider>> providerProperty() {
        return provider;
    }

    public ObjectProperty<Choice<ServiceLine>> serviceLineProperty() {
        return serviceLine;
    }

    public ObjectProperty<Choice<Place>> placeProperty() {
        return place;
    }

    public ObjectProperty<Choice<RectificationStatus>> statusProperty() {
        return status;
    }

    public BooleanProperty repeatedOnlyProperty() {
        return repeatedOnly;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Choice<Provider>> providers() {
        return providers;
    }

    public ObservableList<Choice<ServiceLine>> serviceLines() {
        return serviceLines;
    }

    public ObservableList<Choice<Place>> places() {
        return places;
    }

    public ObservableList<Choice<RectificationStatus>> statuses() {
        return statuses;
    }

    public ObservableList<DeskRow> rows() {
        return rows;
    }

    public ObservableList<CalendarCell> calendar() {
        return calendar;
    }

    public ObservableList<DeskWeek> weeks() {
        return weeks;
    }

    public ObservableList<CloseTime> closeTimes() {
        return closeTimes;
    }

    public ReadOnlyStringProperty scopeLabel(DeskScope s) {
        return scopeLabels.get(s).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ageingProperty() {
        return ageing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listTitleProperty() {
        return listTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
