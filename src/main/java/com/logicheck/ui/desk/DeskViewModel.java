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
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Filter;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final Filter<Provider> provider = new Filter<>();
    private final Filter<ServiceLine> serviceLine = new Filter<>();
    private final Filter<Place> place = new Filter<>();
    private final Filter<RectificationStatus> status = new Filter<>();
    private final BooleanProperty repeatedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<DeskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
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
        Map<DeskScope, String> scopeLabels = new EnumMap<>(DeskScope.class);
        for (DeskScope s : DeskScope.values()) {
            scopeLabels.put(s, messages.label(s));
        }
        overview.set(new Overview(Map.copyOf(scopeLabels), "", "", "", "", List.of(), List.of(), List.of()));
        month.set(YearMonth.now(clock));
        serviceLine.offer(messages.get("desk.filter.allLines"), Arrays.stream(ServiceLine.values())
                .map(line -> new Choice<>(messages.label(line), line)).toList());
        status.offer(messages.get("desk.filter.allStatuses"), Arrays.stream(RectificationStatus.values())
                .map(s -> new Choice<>(messages.label(s), s)).toList());
    }

    /**
     * What the desk shows of one load besides the list, replaced in one step: the tabs' words with their counts, the
     * counts and ageing lines, the list's and the calendar's titles, the calendar's 42 days and the two charts' data.
     */
    public record Overview(Map<DeskScope, String> scopeLabels, String counts, String ageing, String listTitle,
                           String monthTitle, List<CalendarCell> calendar, List<DeskWeek> weeks, List<CloseTime> closeTimes) {
    }

    /** Loads the filter choices, then the desk; later changes of any filter reload it. */
    public void start() {
        executor.submit(() -> new Reference(reference.providers(), reference.places()), ref -> {
            provider.offer(messages.get("desk.filter.allProviders"), ref.providers().stream()
                    .sorted(Comparator.comparing(Provider::name)).map(p -> new Choice<>(p.name(), p)).toList());
            place.offer(messages.get("desk.filter.allPlaces"), ref.places().stream()
                    .sorted(Comparator.comparing(Place::path)).map(p -> new Choice<>(p.path(), p)).toList());
            started = true;
            refresh();
            List.of(scope, day, provider.chosenProperty(), serviceLine.chosenProperty(), place.chosenProperty(),
                    status.chosenProperty(), repeatedOnly, month)
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
        Map<DeskScope, Long> inScope = Map.of(DeskScope.OVERDUE, c.overdue(), DeskScope.TODAY, c.dueToday(),
                DeskScope.WEEK, c.dueThisWeek(), DeskScope.OPEN, c.open() + c.reportedFixed(), DeskScope.ALL, all);
        Map<DeskScope, String> scopeLabels = new EnumMap<>(DeskScope.class);
        inScope.forEach((tab, n) -> scopeLabels.put(tab, messages.get("desk.scope.count", messages.label(tab), n)));
        String what = day.get() != null ? messages.get("desk.list.day", day.get().toString()) : messages.label(scope.get());
        overview.set(new Overview(Map.copyOf(scopeLabels),
                messages.get("desk.counts", c.open(), c.reportedFixed(), c.verified(), c.closed(), c.overdue(), c.repeated()),
                messages.get("desk.ageing", c.ageing().get(Ageing.DAYS_0_3),
                        c.ageing().get(Ageing.DAYS_4_7), c.ageing().get(Ageing.DAYS_8_14),
                        c.ageing().get(Ageing.DAYS_15_30), c.ageing().get(Ageing.OVER_30)),
                s.rows().size() >= LIMIT ? messages.get("desk.list.limited", what, LIMIT)
                        : messages.get("desk.list.title", what, s.rows().size()),
                messages.get("desk.calendar.month", Integer.toString(month.get().getYear()), month.get().getMonthValue()),
                cells(month.get(), s.days(), s.today()), List.copyOf(s.weeks()), List.copyOf(s.closeTimes())));
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
                age, r.provider(), r.place(), messages.label(r.serviceLine()), r.items(),
                messages.label(r.level()), status, r.overdue(), r.repeated());
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
        return new DeskFilter(provider.value() == null ? null : provider.value().id(), serviceLine.value(),
                place.value() == null ? null : place.value().id(),
                status.value() == null ? Set.of() : Set.of(status.value()), null, null, false, repeatedOnly.get());
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

    public Filter<Provider> provider() {
        return provider;
    }

    public Filter<ServiceLine> serviceLine() {
        return serviceLine;
    }

    public Filter<Place> place() {
        return place;
    }

    public Filter<RectificationStatus> status() {
        return status;
    }

    public BooleanProperty repeatedOnlyProperty() {
        return repeatedOnly;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<DeskRow> rows() {
        return rows;
    }

    /** Everything the desk shows of the last load besides the list ({@link Overview}). */
    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
