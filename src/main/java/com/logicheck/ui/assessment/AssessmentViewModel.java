package com.logicheck.ui.assessment;

import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateStatus;
import com.logicheck.domain.assessment.MonthEnd;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.AssessmentService.ExcludedSheet;
import com.logicheck.service.AssessmentService.MonthResult;
import com.logicheck.service.AssessmentText;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.InspectionPlanService.ProviderCompliance;
import com.logicheck.service.PlanComplianceText;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 月度考核 screen: pick a provider and a month, see the month explained (tree of components down to deducted items,
 * grade, veto, money and the share passed down, repeated failures, missing inspections), close it (supervisor only)
 * or reopen it with a reason. Everything is read through {@link AssessmentService}, in the background.
 */
public final class AssessmentViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int MONTHS = 24;
    private final AssessmentService service;
    private final ReferenceDirectory reference;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final AssessmentText text;
    private final AssessmentLines tree;
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AssessmentFigures> figures = new ReadOnlyObjectWrapper<>(AssessmentFigures.NONE);
    private BiFunction<UUID, YearMonth, ProviderCompliance> plans;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty reopenReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper correction = new ReadOnlyStringWrapper("");
    private final Clock clock;
    private UUID correctedSheet;
    private UUID wantedProvider;

    /** One bar of the chart: a template's mean on a 100 scale, or a component's score. */
    public record Bar(String label, BigDecimal value) {
    }

    public AssessmentViewModel(AssessmentService service, ReferenceDirectory reference, CurrentUser currentUser,
                               Messages messages, TaskExecutor executor, Navigator navigator, Clock clock) {
        this.service = service;
        this.reference = reference;
        this.currentUser = currentUser;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.clock = clock;
        this.text = new AssessmentText(messages);
        this.tree = new AssessmentLines(messages);
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < MONTHS; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now);
        provider.addListener((o, a, b) -> refresh());
        month.addListener((o, a, b) -> refresh());
    }

    /** 层级检查 of the provider and month, shown beside the score (information only, ADR 0025); none without plans. */
    public void planCompliance(BiFunction<UUID, YearMonth, ProviderCompliance> source) {
        this.plans = source;
    }

    /** Opens on this provider and month once the providers are loaded (null: the first provider, this month). */
    public void select(UUID providerId, YearMonth ym) {
        wantedProvider = providerId;
        if (ym != null) {
            if (!months.contains(ym)) {
                months.add(ym);
                months.sort(Comparator.reverseOrder());
            }
            month.set(ym);
        }
    }

    /** Loads the providers (the first selected) and then the month; a new choice reloads it. */
    public void start() {
        executor.submit(reference::providers, list -> {
            providers.setAll(list);
            Provider wanted = list.stream().filter(p -> p.id().equals(wantedProvider)).findFirst().orElse(null);
            if (wanted != null && provider.get() == null) {
                provider.set(wanted);
            } else if (provider.get() == null && !list.isEmpty()) {
                provider.set(list.get(0));
            } else {
                refresh();
            }
        }, this::fail);
    }

    /** Recomputes (or reads the frozen result of) the selected provider and month. */
    public void refresh() {
        Provider p = provider.get();
        YearMonth ym = month.get();
        if (p == null || ym == null) {
            return;
        }
        executor.submit(() -> new Loaded(service.assess(p.id(), ym), service.excluded(p.id(), ym)), this::show, e -> {
            clear();
            fail(e);
        });
        figures.set(figures.get().withPlan("", false));
        if (plans != null) {
            executor.submit(() -> plans.apply(p.id(), ym), c -> {
                if (p.equals(provider.get()) && ym.equals(month.get())) {
                    figures.set(figures.get().withPlan(PlanComplianceText.line(c, messages).orElse(""), c.missed() > 0));
                }
            }, this::fail);
        }
    }

    /** A month as read in the background: its result and the sheets it leaves out. */
    private record Loaded(MonthResult result, List<ExcludedSheet> excluded) {
    }

    private void show(Loaded loaded) {
        MonthResult r = loaded.result();
        MonthlyAssessment a = r.assessment();
        message.set("");
        List<String> w = new ArrayList<>();
        a.missing().forEach(p -> w.add(messages.get("assess.text.missing", messages.problem(p))));
        a.warnings().forEach(p -> w.add(messages.get("assess.text.warning", messages.problem(p))));
        AssessmentFigures before = figures.get();
        figures.set(new AssessmentFigures(
                messages.get("assess.text.title", a.providerName(), a.month().toString()),
                messages.get("assess.text.scheme", a.scheme().title(), a.scheme().code(), a.scheme().version(),
                        AssessmentLines.n(a.scale())),
                r.closed().map(c -> messages.get("assess.text.closed", c.closedBy(), WHEN.format(c.closedAt())))
                        .orElseGet(() -> messages.get("assess.text.live")),
                a.complete() ? AssessmentLines.s(a.total()) : Formats.NONE,
                a.grade() == null ? messages.get("assess.ui.noGrade") : messages.grade(a.grade()),
                String.join("\n", text.vetoLines(a.veto())),
                String.join("\n", text.moneyLines(a.money())),
                String.join("\n", text.failureLines(a)),
                String.join("\n", inspections(a)),
                String.join("\n", w),
                a.veto().vetoed(), a.failed(), r.closed().isPresent(), r.closed().isEmpty() && a.complete() && supervises(),
                before.planLine(), before.planMissed()));
        lines.setAll(tree.lines(a, loaded.excluded()));
        bars.setAll(bars(a));
        showCorrections(a);
    }

    /** Required inspections, then 本季度还需抽查 N 次，剩 M 天 while the quarter is short and the month is now. */
    private List<String> inspections(MonthlyAssessment a) {
        List<String> out = new ArrayList<>(text.inspectionLines(a.inspections()));
        out.addAll(text.spotCheckReminder(a, LocalDate.now(clock)));
        return out;
    }

    /** 有更正待签: the month still counts these signed sheets while their corrections are open. */
    private void showCorrections(MonthlyAssessment a) {
        List<SheetResult> pending = a.components().stream().flatMap(c -> c.templates().stream())
                .flatMap(t -> t.sheets().stream()).filter(s -> s.status() == InspectionStatus.SUPERSEDED).toList();
        correctedSheet = pending.isEmpty() ? null : pending.get(0).inspectionId();
        correction.set(pending.isEmpty() ? "" : messages.get("assess.ui.correctionPending", pending.size(),
                pending.get(0).date() + " " + pending.get(0).place()));
    }

    /** Opens the open correction (the draft revision) of the first sheet marked 有更正待签. */
    public void openCorrection() {
        UUID sheet = correctedSheet;
        if (sheet != null) {
            executor.submit(() -> service.correctionOf(sheet), revision -> revision.ifPresent(navigator::checklist),
                    this::fail);
        }
    }

    private static List<Bar> bars(MonthlyAssessment a) {
        List<Bar> out = new ArrayList<>();
        for (ComponentResult c : a.components()) {
            List<Bar> templateBars = c.templates().stream().filter(t -> t.status() == TemplateStatus.COUNTED)
                    .map(t -> new Bar(t.title(), t.mean())).toList();
            if (templateBars.isEmpty() && c.available()) {
                out.add(new Bar(c.title(), c.score()));
            }
            out.addAll(templateBars);
        }
        return out;
    }

    private void clear() {
        correction.set("");
        correctedSheet = null;
        figures.set(figures.get().cleared());
        lines.clear();
        bars.clear();
    }

    /** 关闭本月: freezes the result; the service refuses anyone but a supervisor, with the reason shown. */
    public void closeMonth() {
        closeMonth(false, null);
    }

    /** Whether the month shown has not ended yet (today by the clock): closing it is 提前关闭, with a reason. */
    public boolean closingEarly() {
        YearMonth ym = month.get();
        return ym != null && !MonthEnd.ended(ym, LocalDate.now(clock));
    }

    /** What closing the month shown does, in words, for the confirmation (提前关闭: also why it is refused else). */
    public String closeQuestion() {
        Provider p = provider.get();
        String who = p == null ? "" : p.name();
        String ym = String.valueOf(month.get());
        return closingEarly() ? messages.get("assess.ui.closeEarlyQuestion", who, ym, LocalDate.now(clock).toString())
                : messages.get("assess.ui.closeQuestion", who, ym, figures.get().total());
    }

    /**
     * 关闭本月, {@code force}d with {@code reason} before the month has ended; the service refuses an early close
     * without both, and anyone but a supervisor.
     */
    public void closeMonth(boolean force, String reason) {
        Provider p = provider.get();
        YearMonth ym = month.get();
        if (p == null || ym == null) {
            return;
        }
        executor.submit(() -> service.close(p.id(), ym, force, reason, currentUser.session().personId()), done -> {
            refresh();
            message.set(messages.get("assess.ui.closedDone", ym.toString()));
        }, this::fail);
    }

    /** 重新打开: makes a closed month live again; the reason typed is required. */
    public void reopenMonth() {
        Provider p = provider.get();
        YearMonth ym = month.get();
        if (p == null || ym == null) {
            return;
        }
        String reason = reopenReason.get() == null ? "" : reopenReason.get().strip();
        executor.submit(() -> {
            service.reopen(p.id(), ym, reason, currentUser.session().personId());
            return ym;
        }, done -> {
            reopenReason.set("");
            refresh();
            message.set(messages.get("assess.ui.reopenedDone", ym.toString()));
        }, this::fail);
    }

    public void home() {
        navigator.home();
    }

    /** 发整改通知单 from the sheet of {@code line} (a sheet or one of its deductions); other rows do nothing. */
    public void raiseOrders(AssessmentLine line) {
        if (line != null && line.sheetId() != null) {
            navigator.raiseOrders(line.sheetId());
        }
    }

    /** 本月录入 of the provider and month shown: survey, complaints, vetoes, exemptions and appeals. */
    public void entries() {
        Provider p = provider.get();
        YearMonth ym = month.get();
        if (p != null && ym != null) {
            navigator.monthEntries(p.id(), ym);
        }
    }

    private void fail(Exception e) {
        message.set(Failures.describe(e, messages));
    }

    public ObservableList<Provider> providers() {
        return providers;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<Provider> providerProperty() {
        return provider;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<AssessmentLine> lines() {
        return lines;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public StringProperty reopenReasonProperty() {
        return reopenReason;
    }

    /** Everything the panel shows of the month, replaced whole when a month (or its plan line) loads. */
    public ReadOnlyObjectProperty<AssessmentFigures> figures() {
        return figures.getReadOnlyProperty();
    }

    /** 有更正待签 line; empty when no correction is open in the month shown. */
    public ReadOnlyStringProperty correctionProperty() {
        return correction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 主管 or 管理员: only they may close or reopen a month (ADR 0013); the service refuses anyone else too. */
    public boolean supervises() {
        return AccessPolicy.allows(currentUser.session().role(), Permission.CLOSE_MONTH);
    }
}
