package com.logicheck.ui.entries;

import com.logicheck.domain.Scores;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentEntries.VetoEvidence;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.Session;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 本月录入: the provider and month whose entries are being made, the month as it stands (re-read and recomputed after
 * every change, so the total in the header is always what the assessment screen would show) and the work every tab
 * shares: run a change in the background, then re-read the month, then say what was done — or why it was refused.
 */
public final class MonthEntries {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final AssessmentService service;
    private final AssessmentEntries entries;
    private Map<UUID, List<VetoEvidence>> evidence = Map.of();
    private final CurrentUser currentUser;
    private final Messages m;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID providerId;
    private final YearMonth month;
    private final LocalDate today;
    private final ReadOnlyObjectWrapper<MonthState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(Formats.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public MonthEntries(AssessmentService service, AssessmentEntries entries, CurrentUser currentUser,
            Messages messages, TaskExecutor executor,
                        Navigator navigator, UUID providerId, YearMonth month, LocalDate today) {
        this.service = service;
        this.entries = entries;
        this.currentUser = currentUser;
        this.m = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.providerId = providerId;
        this.month = month;
        this.today = today;
    }

    /** Reads the month again; the tabs follow {@link #stateProperty()}. */
    public void reload() {
        executor.submit(() -> {
            MonthState s = service.state(providerId, month);
            return new Loaded(s, entries.vetoEvidence(s.input().vetoEvents().stream()
                    .map(VetoEvent::id).toList()));
        }, loaded -> {
            evidence = loaded.evidence();
            show(loaded.state());
        }, this::fail);
    }

    private record Loaded(MonthState state, Map<UUID, List<VetoEvidence>> evidence) {
    }

    /** The evidence files of the month's veto events, read with the month. */
    public Map<UUID, List<VetoEvidence>> evidenceFiles() {
        return evidence;
    }

    private void show(MonthState s) {
        MonthlyAssessment a = s.closed().map(c -> c.assessment()).orElse(s.live());
        title.set(m.get("entries.ui.title", s.input().providerName(), month.toString()));
        String grade = a.grade() == null ? m.get("assess.ui.noGrade") : m.grade(a.grade());
        total.set(a.complete() ? m.get("entries.ui.total", a.total().toPlainString(), grade,
                Scores.format(a.scale()))
                : m.get("entries.ui.incomplete", grade));
        closed.set(s.isClosed());
        status.set(s.closed().map(c -> m.get("entries.ui.closed", c.closedBy(), WHEN.format(c.closedAt())))
                .orElseGet(() -> m.get("entries.ui.open")));
        state.set(s);
    }

    /**
     * Runs a change in the background as the current user; then re-reads the month and shows {@code done} (a bundle
     * key with its arguments), or shows the refusal and leaves everything as it was.
     */
    public <T> void change(Function1<T> work, Consumer<T> after, String doneKey, Object... args) {
        UUID actor = currentUser.session().personId();
        executor.submit(() -> work.run(actor), result -> {
            after.accept(result);
            say(m.get(doneKey, args), false);
            reload();
        }, e -> {
            // refused: say why, and read the month again (another laptop or window may have closed it meanwhile)
            fail(e);
            executor.submit(() -> service.state(providerId, month), this::show, x -> { });
        });
    }

    /**
     * The one policy's separation-of-duties refusal (四眼原则, e.g. deciding one's own request) of {@code permission} on
     * {@code context} to the current user, in words; empty when they may or their role refuses (said when tried).
     * Screens disable the action and say this.
     */
    public String dutyRefusal(Permission permission, AccessContext context) {
        Session s = currentUser.session();
        return AccessPolicy.dutyRefusal(s.role(), s.personId(), permission, context).map(key -> m.get(key, s.name()))
                .orElse("");
    }

    /** A change of the current user's: {@code actor} is the person it is recorded for. */
    @FunctionalInterface
    public interface Function1<T> {
        T run(UUID actor) throws Exception;
    }

    /** Background work that changes nothing (writing a form file). */
    public <T> void read(Callable<T> work, Consumer<T> after) {
        executor.submit(work, after, this::fail);
    }

    public void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public void fail(Exception e) {
        say(Failures.describe(e, m), true);
    }

    public void back() {
        navigator.assessment(providerId, month);
    }

    /** The first day a new entry defaults to: today inside the month, else the month's last day. */
    public LocalDate defaultDate() {
        return YearMonth.from(today).equals(month) ? today
                : today.isBefore(month.atDay(1)) ? month.atDay(1) : month.atEndOfMonth();
    }

    /** True when {@code day} lies in the month; otherwise says so. */
    public boolean inMonth(LocalDate day) {
        if (day != null && YearMonth.from(day).equals(month)) {
            return true;
        }
        say(m.get("entries.problem.dateOutside", day == null ? Formats.NONE : day.toString(), month.toString()), true);
        return false;
    }

    public UUID providerId() {
        return providerId;
    }

    public YearMonth month() {
        return month;
    }

    public Messages messages() {
        return m;
    }

    public ReadOnlyObjectProperty<MonthState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public MonthState state() {
        return state.get();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
