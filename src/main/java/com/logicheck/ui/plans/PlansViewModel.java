package com.logicheck.ui.plans;

import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.CoverageShare;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.i18n.Messages;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.InspectionPlanService.PlanReport;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.Notice;
import com.logicheck.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 层级检查: the plans over a month — required, done, missed, coverage short, the running period, whether a plan has
 * ended or is switched off — and, for 主管 and 管理员, the editor: new plan (the level's seed defaults), change,
 * end today, undo the last change. 检查人 see the editor read-only; the repository refuses them anyway.
 */
public final class PlansViewModel {
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final InspectionPlanService plans;
    private final ReferenceDirectory reference;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Clock clock;
    private final Person user;
    private final PlanEditorModel editor;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PlansOverview> overview = new ReadOnlyObjectWrapper<>(PlansOverview.NONE);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    public PlansViewModel(InspectionPlanService plans, ReferenceDirectory reference, Messages messages,
                          TaskExecutor executor, Navigator navigator, Clock clock, Person user) {
        this.plans = plans;
        this.reference = reference;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
        this.user = user;
        this.editor = new PlanEditorModel(messages);
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now);
        canEdit.set(AccessPolicy.allows(user.role(), Permission.EDIT_PLANS));
        selected.addListener((o, a, b) -> {
            if (b != null) {
                editor.load(b.plan(), b.person(), b.place());
            }
        });
    }

    private record Reference(List<Person> people, List<Place> places, List<Provider> providers) {
    }

    public void start() {
        executor.submit(() -> new Reference(reference.people(), reference.places(), reference.providers()), ref -> {
            editor.setChoices(ref.people(), ref.places().stream().sorted(Comparator.comparing(Place::path)).toList(),
                    ref.providers());
            editor.newPlan(LocalDate.now(clock));
            refresh();
            month.addListener((o, a, b) -> refresh());
            showAll.addListener((o, a, b) -> refresh());
        }, this::fail);
    }

    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().planId());
    }

    private void refresh(UUID keep) {
        YearMonth m = month.get();
        boolean all = showAll.get();
        executor.submit(() -> plans.month(m, all), reports -> {
            rows.setAll(reports.stream().map(this::row).toList());
            selected.set(keep == null ? null : rows.stream().filter(r -> r.planId().equals(keep)).findFirst().orElse(null));
            int missed = reports.stream().mapToInt(PlanReport::missed).sum();
            var undoable = plans.undoable(user.id());
            overview.set(new PlansOverview(messages.get("plans.summary", reports.size(), missed,
                    reports.stream().mapToLong(PlanReport::coverageShort).sum()),
                    undoable.isPresent(), undoable.map(messages::problem).orElse("")));
        }, this::fail);
    }

    private PlanRow row(PlanReport r) {
        InspectionPlan p = r.plan();
        CoverageShare share = new CoverageShare(p.coverageNumerator(), p.coverageDenominator());
        String frequency = messages.get("plans.frequency", p.times(), messages.get("plans.every." + p.unit().name(), p.length()))
                + (share.none() ? "" : messages.get("plans.coverageRule", share.text(), p.minUnits()));
        String current = r.current().map(c -> messages.get("plans.current", PERIOD.format(c.start()), PERIOD.format(c.end()),
                c.done(), c.required())).orElse("");
        String status = !p.active() ? messages.get("plans.status.off")
                : p.validUntil() == null ? messages.get("plans.status.open", p.validFrom().toString())
                : messages.get("plans.status.ends", p.validFrom().toString(), p.validUntil().toString());
        return new PlanRow(p.id(), r.person(), messages.label(p.level()), r.place(),
                r.provider().isEmpty() ? messages.get("plans.anyProvider") : r.provider(), frequency,
                Integer.toString(r.required()), Integer.toString(r.done()), Integer.toString(r.missed()),
                r.coverageShort() == 0 ? "" : messages.get("plans.coverageShort", r.coverageShort()), current,
                r.missed() > 0, status, p);
    }

    /** 新建计划: an empty form with the chosen level's defaults, starting today. */
    public void newPlan() {
        selected.set(null);
        editor.newPlan(LocalDate.now(clock));
        tell("");
    }

    /** 保存: adds the new plan or changes the selected one; nothing is written when a field is wrong. */
    public void save() {
        InspectionPlan p;
        try {
            p = editor.build();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        boolean adding = editor.editingProperty().get() == null;
        String who = editor.personProperty().get().value().name();
        run(() -> {
            if (adding) {
                plans.add(p, user.id());
            } else {
                plans.change(p, user.id());
            }
            return p.id();
        }, messages.get(adding ? "plans.added" : "plans.changed", who));
    }

    /** 结束计划: the selected plan counts up to and including today, not after. */
    public void endSelected() {
        PlanRow r = selected.get();
        if (r == null) {
            tellFailure(messages.get("plans.selectFirst"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        run(() -> {
            plans.end(r.planId(), today, user.id());
            return r.planId();
        }, messages.get("plans.ended", r.person(), today.toString()));
    }

    /** 停用 the plan of {@code row} (it then counts nowhere; 启用 again in the editor). */
    public void deactivate(PlanRow row) {
        if (row == null) {
            return;
        }
        run(() -> {
            plans.deactivate(row.planId(), user.id());
            return row.planId();
        }, messages.get("plans.deactivated", row.person()));
    }

    /** 撤销 the user's last change. */
    public void undo() {
        String what = overview.get().undoText();
        run(() -> {
            plans.undo(user.id());
            return selected.get() == null ? null : selected.get().planId();
        }, messages.get("plans.undone", what));
    }

    private void run(Callable<UUID> work, String done) {
        if (!canEdit.get()) {
            tellFailure(messages.get("problem.plan.notSupervisor", user.name()));
            return;
        }
        executor.submit(work, id -> {
            tell(done);
            refresh(id);
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

    public void desk() {
        navigator.desk();
    }

    public void home() {
        navigator.home();
    }

    public PlanEditorModel editor() {
        return editor;
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

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    /** The month's summary line and what 撤销 would undo, replaced together when the plans load. */
    public ReadOnlyObjectProperty<PlansOverview> overview() {
        return overview.getReadOnlyProperty();
    }

    /** The last outcome or refusal, with its colour. */
    public ReadOnlyObjectProperty<Notice> notice() {
        return notice.getReadOnlyProperty();
    }
}
