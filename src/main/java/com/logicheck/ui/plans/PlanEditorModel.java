package com.logicheck.ui.plans;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.CoverageShare;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan editor's fields (层级检查计划): who and at which level, where (a place and everything below it), which
 * provider and service line, how often (N times every L hours/days/months), the coverage share and minimum units,
 * the period and whether the plan is on. A new plan takes the seed's defaults of its level whenever the level
 * changes; {@link #build} turns the fields into a plan or reports every problem at once, in Chinese.
 */
public final class PlanEditorModel {
    private final Messages messages;
    private final ObservableList<Choice<Person>> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<ResponsibilityLevel>> levels = FXCollections.observableArrayList();
    private final ObservableList<Choice<Place>> places = FXCollections.observableArrayList();
    private final ObservableList<Choice<Provider>> providers = FXCollections.observableArrayList();
    private final ObservableList<Choice<ServiceLine>> lines = FXCollections.observableArrayList();
    private final ObservableList<Choice<PeriodUnit>> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Person>> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ResponsibilityLevel>> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Place>> place = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Provider>> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ServiceLine>> line = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<PeriodUnit>> unit = new SimpleObjectProperty<>();
    private final StringProperty times = new SimpleStringProperty("");
    private final StringProperty length = new SimpleStringProperty("");
    private final StringProperty coverage = new SimpleStringProperty("");
    private final StringProperty minUnits = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private boolean loading;

    public PlanEditorModel(Messages messages) {
        this.messages = messages;
        for (ResponsibilityLevel l : ResponsibilityLevel.values()) {
            levels.add(new Choice<>(messages.label(l), l));
        }
        lines.add(new Choice<>(messages.get("plans.anyLine"), null));
        for (ServiceLine l : ServiceLine.values()) {
            lines.add(new Choice<>(messages.label(l), l));
        }
        for (PeriodUnit u : PeriodUnit.values()) {
            units.add(new Choice<>(messages.label(u), u));
        }
        providers.add(new Choice<>(messages.get("plans.anyProvider"), null));
        level.addListener((o, a, b) -> {
            if (!loading && editing.get() == null && b != null) {
                fillDefaults(b.value());
            }
        });
    }

    /** The choices offered; the current plan's person or place is added back if it has since been deactivated. */
    public void setChoices(List<Person> people, List<Place> places, List<Provider> providers) {
        this.people.setAll(people.stream().map(p -> new Choice<>(p.name() + "（" + messages.label(p.role()) + "）", p)).toList());
        this.places.setAll(places.stream().map(p -> new Choice<>(p.path(), p)).toList());
        this.providers.setAll(this.providers.get(0));
        providers.forEach(p -> this.providers.add(new Choice<>(p.name(), p)));
    }

    /** Clears the form for a new plan starting {@code start}, with the defaults of the chosen level. */
    public void newPlan(LocalDate start) {
        loading = true;
        try {
            editing.set(null);
            person.set(null);
            place.set(null);
            provider.set(providers.get(0));
            line.set(lines.get(0));
            if (level.get() == null) {
                level.set(levels.get(0));
            }
            validFrom.set(start);
            validUntil.set(null);
            active.set(true);
        } finally {
            loading = false;
        }
        fillDefaults(level.get().value());
    }

    /** Shows a stored plan; {@code personName} and {@code placePath} name a person or place no longer offered. */
    public void load(InspectionPlan p, String personName, String placePath) {
        loading = true;
        try {
            editing.set(p.id());
            person.set(find(people, x -> x.id(), p.personId()).orElseGet(() -> {
                Choice<Person> gone = new Choice<>(messages.get("plans.inactivePerson", personName),
                        new Person(p.personId(), personName, null, null));
                people.add(gone);
                return gone;
            }));
            level.set(find(levels, Function.identity(), p.level()).orElseThrow());
            place.set(find(places, Place::id, p.placeId()).orElseGet(() -> {
                Choice<Place> gone = new Choice<>(messages.get("plans.inactivePlace", placePath),
                        new Place(p.placeId(), null, null, placePath, placePath));
                places.add(gone);
                return gone;
            }));
            provider.set(p.providerId() == null ? providers.get(0)
                    : find(providers, Provider::id, p.providerId()).orElse(providers.get(0)));
            line.set(find(lines, Function.identity(), p.serviceLine()).orElse(lines.get(0)));
            unit.set(find(units, Function.identity(), p.unit()).orElseThrow());
            times.set(Integer.toString(p.times()));
            length.set(Integer.toString(p.length()));
            coverage.set(new CoverageShare(p.coverageNumerator(), p.coverageDenominator()).text());
            minUnits.set(Integer.toString(p.minUnits()));
            validFrom.set(p.validFrom());
            validUntil.set(p.validUntil());
            active.set(p.active());
        } finally {
            loading = false;
        }
    }

    private void fillDefaults(ResponsibilityLevel l) {
        InspectionPlan d = InspectionPlan.defaults(UUID.randomUUID(), UUID.randomUUID(), l, null, UUID.randomUUID(),
                null, LocalDate.EPOCH);
        unit.set(find(units, Function.identity(), d.unit()).orElseThrow());
        times.set(Integer.toString(d.times()));
        length.set(Integer.toString(d.length()));
        coverage.set(new CoverageShare(d.coverageNumerator(), d.coverageDenominator()).text());
        minUnits.set(Integer.toString(d.minUnits()));
    }

    /** The plan the fields describe (the edited plan's id, or a new one); every problem at once when they do not. */
    public InspectionPlan build() {
        List<Problem> problems = new ArrayList<>();
        if (person.get() == null) {
            problems.add(Problem.of("problem.plan.noPerson"));
        }
        if (place.get() == null) {
            problems.add(Problem.of("problem.plan.noPlace"));
        }
        int t = number(times.get(), "plans.field.times", problems);
        int len = number(length.get(), "plans.field.length", problems);
        int min = number(minUnits.get().isBlank() ? "0" : minUnits.get(), "plans.field.minUnits", problems);
        CoverageShare share = CoverageShare.NONE;
        try {
            share = CoverageShare.parse(coverage.get());
        } catch (DomainException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new InspectionPlan(editing.get() == null ? UUID.randomUUID() : editing.get(), person.get().value().id(),
                level.get() == null ? null : level.get().value(),
                provider.get() == null || provider.get().value() == null ? null : provider.get().value().id(),
                place.get().value().id(), line.get() == null ? null : line.get().value(), t,
                unit.get() == null ? null : unit.get().value(), len, share.numerator(), share.denominator(), min,
                validFrom.get(), validUntil.get(), active.get());
    }

    private int number(String text, String fieldKey, List<Problem> problems) {
        String s = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            problems.add(Problem.of("problem.plan.number", messages.get(fieldKey), s));
            return 0;
        }
    }

    private static <T, K> Optional<Choice<T>> find(List<Choice<T>> choices, Function<T, K> key, K value) {
        return choices.stream().filter(c -> c.value() != null && Objects.equals(key.apply(c.value()), value)).findFirst();
    }

    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
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

    public ObservableList<Choice<ServiceLine>> lines() {
        return lines;
    }

    public ObservableList<Choice<PeriodUnit>> units() {
        return units;
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

    public ObjectProperty<Choice<ServiceLine>> lineProperty() {
        return line;
    }

    public ObjectProperty<Choice<PeriodUnit>> unitProperty() {
        return unit;
    }

    public StringProperty timesProperty() {
        return times;
    }

    public StringProperty lengthProperty() {
        return length;
    }

    public StringProperty coverageProperty() {
        return coverage;
    }

    public StringProperty minUnitsProperty() {
        return minUnits;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
