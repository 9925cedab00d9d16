package com.logicheck.ui.plans;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.InspectionPlanService.PlanReport;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.desk.Choice;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 层级检查: every active plan over a month — required, done, missed, coverage short, the running period — and, for
 * supervisors, adding a plan with the seed's frequency for its level or ending one (others see the form disabled;
 * the repository refuses them anyway).
 */
public final class PlansViewModel {
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final InspectionPlanService plans;
    private final ReferenceRepository reference;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Person user;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<Person>> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<ResponsibilityLevel>> levels = FXCollections.observableArrayList();
    private final ObservableList<Choice<Place>> places = FXCollections.observableArrayList();
    private final ObservableList<Choice<Provider>> providers = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Person>> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ResponsibilityLevel>> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Place>> place = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Provider>> provider = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PlansViewModel(InspectionPlanService plans, ReferenceRepository reference, Messages messages,
                          TaskExecutor executor, Navigator navigator, Clock clock, Person user) {
        this.plans = plans;
        this.reference = reference;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.user = user;
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now);
        for (ResponsibilityLevel l : ResponsibilityLevel.values()) {
            levels.add(new Choice<>(messages.label(l), l));
        }
        level.set(levels.get(0));
        canEdit.set(user.role() == Role.SUPERVISOR);
    }

    private record Reference(List<Person> people, List<Place> places, List<Provider> providers) {
    }

    public void start() {
        executor.submit(() -> new Reference(reference.people(), reference.places(), reference.providers()), ref -> {
            people.setAll(ref.people().stream().map(p -> new Choice<>(p.name() + "（" + messages.label(p.role()) + "）", p)).toList());
            places.setAll(ref.places().stream().sorted(Comparator.comparing(Place::path))
                    .map(p -> new Choice<>(p.path(), p)).toList());
            providers.setAll(new Choice<>(messages.get("plans.anyProvider"), null));
            ref.providers().forEach(p -> providers.add(new Choice<>(p.name(), p)));
            provider.set(providers.get(0));
            refresh();
            month.addListener((o, a, b) -> refresh());
        }, e -> message.set(Failures.describe(e, messages)));
    }

    public void refresh() {
        YearMonth m = month.get();
        executor.submit(() -> plans.month(m), reports -> {
            rows.setAll(reports.stream().map(this::row).toList());
            int missed = reports.stream().mapToInt(PlanReport::missed).sum();
            summary.set(messages.get("plans.summary", reports.size(), missed,
                    reports.stream().mapToLong(PlanReport::coverageShort).sum()));
        }, e -> message.set(Failures.describe(e, messages)));
    }

    private PlanRow row(PlanReport r) {
        InspectionPlan p = r.plan();
        String unit = messages.label(p.unit());
        String frequency = messages.get("plans.frequency", p.length(), unit, p.times())
                + (p.coverageNumerator() > 0 ? messages.get("plans.coverageRule", p.coverageNumerator(),
                p.coverageDenominator(), p.minUnits()) : "");
        String current = r.current().map(c -> messages.get("plans.current", PERIOD.format(c.start()), PERIOD.format(c.end()),
                c.done(), c.required())).orElse("");
        return new PlanRow(p.id(), r.person(), messages.label(p.level()), r.place(),
                r.provider().isEmpty() ? messages.get("plans.anyProvider") : r.provider(), frequency,
                Integer.toString(r.required()), Integer.toString(r.done()), Integer.toString(r.missed()),
                r.coverageShort() == 0 ? "" : messages.get("plans.coverageShort", r.coverageShort()), current, r.missed() > 0);
    }

    /** Adds a plan for the chosen person, level and place with the level's default frequency. */
    public void add() {
        if (person.get() == null || place.get() == null) {
            message.set(messages.get(person.get() == null ? "problem.plan.noPerson" : "problem.plan.noPlace"));
            return;
        }
        Person who = person.get().value();
        ResponsibilityLevel l = level.get().value();
        Place where = place.get().value();
        Provider of = provider.get() == null ? null : provider.get().value();
        executor.submit(() -> plans.addDefault(who.id(), l, where.id(), of == null ? null : of.id(), null, user.id()),
                p -> {
                    message.set(messages.get("plans.added", who.name()));
                    refresh();
                }, e -> message.set(Failures.describe(e, messages)));
    }

    public void deactivate(PlanRow row) {
        if (row == null) {
            return;
        }
        executor.submit(() -> {
            plans.deactivate(row.planId(), user.id());
            return row;
        }, r -> {
            message.set(messages.get("plans.deactivated", r.person()));
            refresh();
        }, e -> message.set(Failures.describe(e, messages)));
    }

    public void desk() {
        navigator.desk();
    }

    public void home() {
        navigator.home();
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ObservableList<Choice<Person>> people() {
        return people;
    }

    public ObservableList<Choice<ResponsibilityLevel>> levels() {
        return levels;
    }

    public ObservableList<Choice<Place>> places() {
        return places;
    }

    public ObservableList<Choice<Provider>> providers() {
        return providers;
    }

    public ObjectProperty<Choice<Person>> personProperty() {
        return person;
    }

    public ObjectProperty<Choice<ResponsibilityLevel>> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice<Place>> placeProperty() {
        return place;
    }

    public ObjectProperty<Choice<Provider>> providerProperty() {
        return provider;
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
