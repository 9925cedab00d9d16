package com.logicheck.ui.newinspection;

import com.logicheck.domain.inspection.BackEntryRules;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.PaperDates;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.BackEntries;
import com.logicheck.service.InspectionService;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.SheetLists;
import com.logicheck.service.TemplateChoice;
import com.logicheck.ui.common.BusyWork;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * 新建检查: choose 服务企业, 地点 (searched as you type over the place's full path), 考核表 and 检查类型; the
 * inspector is the current user. Start is possible once everything is chosen.
 */
public final class NewInspectionViewModel {
    private final InspectionService service;
    private final ReferenceDirectory reference;
    private final SheetLists templates;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Person inspector;

    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final ObservableList<Place> allPlaces = FXCollections.observableArrayList();
    private final FilteredList<Place> places = new FilteredList<>(allPlaces);
    private final ObservableList<TemplateChoice> templateList = FXCollections.observableArrayList();
    private final ObservableList<InspectionKind> kinds = FXCollections.observableArrayList(InspectionKind.values());
    private final StringProperty placeFilter = new SimpleStringProperty("");
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private UUID presetPlaceId;
    private final ObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>();
    private final ObjectProperty<InspectionKind> kind = new SimpleObjectProperty<>(InspectionKind.FULL);
    private final BusyWork starting;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding validation;
    private final BooleanBinding canStart;
    private final PaperFields paperFields = new PaperFields(new SimpleBooleanProperty(false),
            new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleObjectProperty<>(),
            FXCollections.observableArrayList(), new SimpleBooleanProperty(false));
    private BackEntries backEntries;
    private boolean anyPaperInspector;

    public NewInspectionViewModel(InspectionService service, ReferenceDirectory reference, SheetLists templates,
                                  Messages messages, TaskExecutor executor, Navigator navigator, Person inspector) {
        this.service = service;
        this.reference = reference;
        this.templates = templates;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.inspector = inspector;
        this.starting = new BusyWork(executor, messages, error);
        places.predicateProperty().bind(Bindings.createObjectBinding(() -> matcher(placeFilter.get()), placeFilter));
        validation = Bindings.createStringBinding(this::firstMissing, provider, place, template, kind);
        canStart = provider.isNotNull().and(place.isNotNull()).and(template.isNotNull()).and(kind.isNotNull())
                .and(starting.busyProperty().not());
    }

    /** Every word typed must appear in the place's path: "东 心内" finds 东院区 / 3号楼 / 5层 / 心内科病区. */
    static Predicate<Place> matcher(String filter) {
        List<String> words = filter == null ? List.of()
                : Arrays.stream(filter.toLowerCase(Locale.ROOT).split("[\\s/／]+")).filter(w -> !w.isEmpty()).toList();
        return p -> {
            String path = p.path().toLowerCase(Locale.ROOT);
            return words.stream().allMatch(path::contains);
        };
    }

    private String firstMissing() {
        if (provider.get() == null) {
            return messages.get("new.missing.provider");
        } else if (place.get() == null) {
            return messages.get("new.missing.place");
        } else if (template.get() == null) {
            return messages.get("new.missing.template");
        } else if (kind.get() == null) {
            return messages.get("new.missing.kind");
        }
        return messages.get("new.ready");
    }

    private record Choices(List<Provider> providers, List<Place> places, List<TemplateChoice> templates,
                           List<Person> people) {
    }

    /** The place to choose once loaded (a place code scanned on 首页); null: none. */
    public void choosePlaceWhenLoaded(UUID placeId) {
        this.presetPlaceId = placeId;
    }

    public void load() {
        executor.submit(() -> new Choices(reference.providers(), reference.places(), templates.templates(),
                reference.people()), c -> {
            providers.setAll(c.providers());
            paperFields.inspectors().setAll(c.people().stream().filter(p -> p.role().mayActAs(Role.INSPECTOR)).toList());
            paperFields.inspectors().stream().filter(p -> p.id().equals(inspector.id())).findFirst()
                    .ifPresent(paperFields.inspector()::set);
            allPlaces.setAll(c.places());
            c.places().stream().filter(p -> p.id().equals(presetPlaceId)).findFirst().ifPresent(place::set);
            templateList.setAll(c.templates());
            if (providers.size() == 1) {
                provider.set(providers.get(0));
            }
        }, e -> error.set(Failures.describe(e, messages)));
    }

    /** Creates the draft and opens its checklist. */
    public void start() {
        if (!canStart.get()) {
            error.set(validation.get());
            return;
        }
        UUID templateVersionId = template.get().versionId();
        UUID providerId = provider.get().id();
        UUID placeId = place.get().id();
        InspectionKind chosenKind = kind.get();
        if (paperFields.paper().get()) {
            startPaper(templateVersionId, providerId, placeId, chosenKind);
            return;
        }
        starting.run(() -> service.start(templateVersionId, providerId, placeId, inspector.id(), chosenKind),
                inspection -> navigator.checklist(inspection.id()));
    }

    /**
     * 补录: offered to whoever may type in paper sheets — a supervisor for any inspector, an inspector for their own
     * paper only ({@code anyInspector} false: the inspector stays the current user).
     */
    public void offerBackEntry(BackEntries entries, boolean anyInspector) {
        this.backEntries = entries;
        paperFields.offered().set(entries != null);
        anyPaperInspector = anyInspector;
    }

    private void startPaper(UUID templateVersionId, UUID providerId, UUID placeId, InspectionKind chosenKind) {
        LocalDate date;
        LocalTime time;
        try {
            date = PaperDates.date(paperFields.date().get());
        } catch (IllegalArgumentException e) {
            error.set(messages.get("new.paper.badDate", paperFields.date().get().strip()));
            return;
        }
        try {
            time = PaperDates.time(paperFields.time().get());
        } catch (IllegalArgumentException e) {
            error.set(messages.get("new.paper.badTime", paperFields.time().get().strip()));
            return;
        }
        Person chosen = paperFields.inspector().get();
        UUID who = anyPaperInspector && chosen != null ? chosen.id() : inspector.id();
        BackEntries.PaperSheet sheet = new BackEntries.PaperSheet(templateVersionId, providerId, placeId, chosenKind,
                new BackEntryRules.Paper(date, time, who));
        starting.run(() -> backEntries.start(inspector.id(), sheet), inspection -> navigator.checklist(inspection.id()));
    }

    /**
     * 补录's fields on the form: 补录纸质表 ticked, the paper's date (2026-11-03, 2026/11/3, 2026年11月3日) and time
     * (08:40; blank when the paper has none) as typed, who inspected on paper (any of the organisation's inspectors for
     * a supervisor, else the current user) with the choices, and whether 补录 is offered at all.
     */
    public record PaperFields(BooleanProperty paper, StringProperty date, StringProperty time,
                              ObjectProperty<Person> inspector, ObservableList<Person> inspectors,
                              BooleanProperty offered) {
    }

    public PaperFields paperFields() {
        return paperFields;
    }

    public boolean anyPaperInspector() {
        return anyPaperInspector;
    }

    public void cancel() {
        navigator.home();
    }

    /** The text a template is listed with: title, service line and item count. */
    public String describe(TemplateChoice t) {
        return messages.get("new.template.line", t.title(), messages.label(t.serviceLine()), t.itemCount());
    }

    public String inspectorName() {
        return inspector.name();
    }

    public ObservableList<Provider> providers() {
        return providers;
    }

    public ObservableList<Place> places() {
        return places;
    }

    public ObservableList<TemplateChoice> templates() {
        return templateList;
    }

    public ObservableList<InspectionKind> kinds() {
        return kinds;
    }

    public StringProperty placeFilterProperty() {
        return placeFilter;
    }

    public ObjectProperty<Provider> providerProperty() {
        return provider;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObjectProperty<TemplateChoice> templateProperty() {
        return template;
    }

    public ObjectProperty<InspectionKind> kindProperty() {
        return kind;
    }

    public StringBinding validationProperty() {
        return validation;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
