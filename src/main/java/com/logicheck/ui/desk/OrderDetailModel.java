package com.logicheck.ui.desk;

import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationRoles;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.i18n.Messages;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationSteps;
import com.logicheck.service.RectificationSteps.Evidence;
import com.logicheck.service.RectificationSteps.OrderDetail;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The selected order on the desk: its facts, 不合格项, the provider's report and the re-inspections with their photos,
 * the history, and the steps the current user may take (ADR 0018: buttons of steps the role may not take are
 * disabled, and the repository refuses them anyway). After a step the desk list is reloaded.
 */
public final class OrderDetailModel {
    private final RectificationSteps steps;
    private final RectificationNotices notices;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final DocumentOpener opener;
    private final Clock clock;
    private final Person user;
    private final Runnable changed;
    private final DocumentPrinter printer;
    private UUID orderId;
    private UUID inspectionId;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(Shown.NONE);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> newDeadline = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<Path> pendingPhotos = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private String closeQuestion = "";

    /** A re-inspection in words, with its photos. */
    public record ReinspectionLine(String text, List<Evidence> photos) {
    }

    /**
     * What the pane shows of one loaded order, replaced in one step: its texts, photos, re-inspections and history,
     * and the steps the current user may take on it.
     */
    public record Shown(String title, String statusText, String lateness, boolean overdue, boolean repeated, String facts,
                        String items, String plan, String report, List<Evidence> reportPhotos,
                        List<ReinspectionLine> reinspections, List<String> history, boolean canReport,
                        boolean canReinspect, boolean canClose, boolean canSign, boolean hasNotice, String roleHint) {
        static final Shown NONE = new Shown("", "", "", false, false, "", "", "", "", List.of(), List.of(), List.of(),
                false, false, false, false, false, "");
    }

    public OrderDetailModel(RectificationSteps steps, RectificationNotices notices, Messages messages,
                            TaskExecutor executor, Navigator navigator, DocumentOpener opener, Clock clock, Person user,
                            Runnable changed, DocumentPrinter printer) {
        this.printer = printer;
        this.steps = steps;
        this.notices = notices;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.opener = opener;
        this.clock = clock;
        this.user = user;
        this.changed = changed;
    }

    /** The order as read, and what its 复查 and 关闭 by the current user touch for the policy. */
    private record Loaded(OrderDetail detail, boolean notice, AccessContext reinspecting, AccessContext closing) {
    }

    /** Shows the order (background); null clears the pane. */
    public void load(UUID id) {
        orderId = id;
        if (id == null) {
            loaded.set(false);
            return;
        }
        executor.submit(() -> new Loaded(steps.detail(id), notices.signedNotice(id).isPresent(), steps.reinspecting(id),
                steps.closing(id, user.id())), l -> {
            if (id.equals(orderId)) {
                show(l);
            }
        }, e -> message.set(Failures.describe(e, messages)));
    }

    private void show(Loaded l) {
        OrderDetail d = l.detail();
        RectificationOrder o = d.order();
        LocalDate today = LocalDate.now(clock);
        closeQuestion = messages.get("desk.confirm.close", o.id().toString().substring(0, 8), d.provider(), d.place(),
                o.items().size());
        inspectionId = o.inspectionId();
        RectificationStatus s = o.status();
        boolean reinspectable = (s == RectificationStatus.OPEN || s == RectificationStatus.REPORTED_FIXED)
                && RectificationRoles.mayReinspect(user.role());
        boolean closable = s == RectificationStatus.VERIFIED && RectificationRoles.mayClose(user.role());
        Optional<String> refused = reinspectable ? refusal(Permission.REINSPECT_ORDER, l.reinspecting())
                : closable ? refusal(Permission.CLOSE_ORDER, l.closing()) : Optional.empty();
        shown.set(new Shown(
                messages.get("desk.detail.title", o.id().toString().substring(0, 8)),
                messages.label(o.status()) + (o.round() > 1 ? messages.get("desk.row.round", o.round()) : ""),
                o.overdue(today) ? messages.get("desk.row.overdue", o.daysOverdue(today)) : "",
                o.overdue(today),
                o.repeated(),
                String.join("\n", List.of(
                        messages.get("desk.detail.provider", d.provider()),
                        messages.get("desk.detail.place", d.place()),
                        messages.get("desk.detail.line", messages.label(o.serviceLine()), o.inspectedOn().toString()),
                        messages.get("desk.detail.deadline", o.deadline().toString(), o.round()),
                        messages.get("desk.detail.responsible", o.plan().responsiblePerson(), messages.label(o.level())),
                        messages.get("desk.detail.raised", d.raisedBy(), Formats.dateTime(o.raisedAt(), clock.getZone())))),
                o.items().stream().map(i -> messages.get("pdf.notice.item", i.itemCode(), i.content(),
                        i.deduction().toPlainString(), i.note())).collect(Collectors.joining("\n")),
                String.join("\n", List.of(
                        messages.get("desk.detail.standard", o.plan().requiredStandard()),
                        messages.get("desk.detail.causes", o.plan().causes().stream().sorted().map(messages::label)
                                .collect(messages.joining()), o.plan().causeNote()),
                        messages.get("desk.detail.steps", o.plan().steps()))),
                o.reportedAt() == null ? messages.get("desk.detail.notReported")
                        : messages.get("desk.detail.reported", Formats.dateTime(o.reportedAt(), clock.getZone()), o.reportNote()),
                List.copyOf(d.reportPhotos()),
                d.reinspections().stream().map(r -> new ReinspectionLine(messages.get("desk.detail.reinspection",
                        r.reinspection().round(), Formats.dateTime(r.reinspection().at(), clock.getZone()), r.inspector(),
                        messages.label(r.reinspection().verdict()), r.reinspection().note(),
                        r.reinspection().newDeadline() == null ? "" : messages.get("desk.detail.newDeadline",
                                r.reinspection().newDeadline().toString())), r.photos())).toList(),
                d.history().stream().map(h -> messages.get("desk.history.line",
                        Formats.dateTime(h.at(), clock.getZone()), action(h.action()), h.actor())).toList(),
                s == RectificationStatus.OPEN && RectificationRoles.mayReportFixed(user.role(), user.providerId(), o.providerId()),
                reinspectable && refused.isEmpty(),
                closable && refused.isEmpty(),
                RectificationRoles.mayIssue(user.role()),
                l.notice(),
                refused.orElseGet(() -> hint(s))));
        loaded.set(true);
    }

    private String action(String code) {
        return switch (code) {
            case "RECTIFICATION_RAISED" -> messages.get("desk.history.raised");
            case "RECTIFICATION_REPORTED" -> messages.get("desk.history.reported");
            case "REINSPECTION_PASSED" -> messages.get("desk.history.passed");
            case "REINSPECTION_FAILED" -> messages.get("desk.history.failed");
            case "RECTIFICATION_CLOSED" -> messages.get("desk.history.closed");
            case "NOTICE_SIGNED" -> messages.get("desk.history.signed");
            default -> code;
        };
    }

    /**
     * The policy's refusal of {@code permission} to the current user on this order, in words (四眼原则: who reported
     * the fix does not re-inspect it; who passed the re-inspection does not close it alone); empty when allowed.
     */
    private Optional<String> refusal(Permission permission, AccessContext context) {
        return AccessPolicy.refusal(user.role(), user.id(), permission, context).map(key -> messages.get(key, user.name()));
    }

    private String hint(RectificationStatus s) {
        if (s == RectificationStatus.VERIFIED && !RectificationRoles.mayClose(user.role())) {
            return messages.get("desk.hint.closeSupervisor");
        }
        if (!RectificationRoles.mayReinspect(user.role())) {
            return messages.get("desk.hint.providerOnly");
        }
        return "";
    }

    /** 报告整改完成 with the note and the photos chosen. */
    public void reportFixed() {
        List<Path> photos = List.copyOf(pendingPhotos);
        String text = note.get();
        run(() -> steps.reportFixed(orderId, text, photos, user.id()), messages.get("desk.done.reported"));
    }

    /** 复查合格. */
    public void reinspectPassed() {
        reinspect(Verdict.PASSED);
    }

    /** 复查不合格, with the new deadline. */
    public void reinspectFailed() {
        reinspect(Verdict.FAILED);
    }

    private void reinspect(Verdict verdict) {
        List<Path> photos = List.copyOf(pendingPhotos);
        String text = note.get();
        LocalDate deadline = newDeadline.get();
        run(() -> steps.reinspect(orderId, verdict, text, deadline, photos, user.id()),
                messages.get(verdict == Verdict.PASSED ? "desk.done.passed" : "desk.done.failed"));
    }

    /** What 关闭 does to the order shown, in words, for the confirmation; empty when none is shown. */
    public String closeQuestion() {
        return closeQuestion;
    }

    /** 关闭. */
    public void close() {
        run(() -> steps.close(orderId, user.id()), messages.get("desk.done.closed"));
    }

    /** 签发通知单: signs with the user's key; the password field is cleared whatever happens. */
    public void signNotice() {
        char[] pass = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        if (pass.length == 0) {
            done.set("");
            message.set(messages.get("desk.detail.noPassword"));
            return;
        }
        UUID id = orderId;
        busy.set(true);
        executor.submit(() -> notices.sign(id, pass, user.id()), signed -> {
            busy.set(false);
            message.set("");
            done.set(messages.get("desk.done.signed", signed.pdf().getFileName().toString()));
            load(id);
        }, e -> {
            busy.set(false);
            message.set(Failures.describe(e, messages));
        });
    }

    /** 打开通知单: the signed notice of the current round in the system viewer. */
    public void openNotice() {
        UUID id = orderId;
        executor.submit(() -> notices.signedNotice(id), (Optional<Path> p) -> p.ifPresent(opener::open),
                e -> message.set(Failures.describe(e, messages)));
    }

    /**
     * 打印通知单: the signed notice of the current round, checked first (signed, present, unchanged since signing),
     * then the system's printer dialog and the file printed as signed. Closing the dialog prints nothing; a missing or
     * changed file is refused with the reason before any dialog.
     */
    public void printNotice() {
        UUID id = orderId;
        if (id == null) {
            return;
        }
        String name = id.toString().substring(0, 8);
        busy.set(true);
        executor.submit(() -> {
            byte[] pdf = notices.signedNoticeForPrinting(id);
            Optional<DocumentPrinter.Job> job = printer.choose(messages.get("pdf.notice.title") + " " + name);
            if (job.isEmpty()) {
                return messages.get("print.noticeNotPrinted", name);
            }
            job.get().print(name, pdf);
            return messages.get("print.noticeSent", name);
        }, said -> {
            busy.set(false);
            message.set("");
            done.set(said);
        }, e -> {
            busy.set(false);
            done.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    public void openPhoto(Evidence e) {
        if (e != null) {
            opener.open(e.file());
        }
    }

    /** 发整改通知单 for the order's sheet: its deductions not yet on an order. */
    public void raiseFromSheet() {
        if (inspectionId != null) {
            navigator.raiseOrders(inspectionId);
        }
    }

    /** 查看检查表. */
    public void openSheet() {
        if (inspectionId != null) {
            navigator.summary(inspectionId);
        }
    }

    /** Photos chosen for the next step (报告整改完成 or 复查); a file already chosen is not added twice. */
    public void addPhotos(List<Path> files) {
        files.stream().distinct().filter(f -> !pendingPhotos.contains(f)).forEach(pendingPhotos::add);
    }

    /** Takes a chosen photo off again before the step is saved (nothing was stored yet). */
    public void removePhoto(Path file) {
        pendingPhotos.remove(file);
    }

    private void run(Callable<RectificationOrder> step, String doneText) {
        UUID id = orderId;
        busy.set(true);
        executor.submit(step, o -> {
            busy.set(false);
            note.set("");
            newDeadline.set(null);
            pendingPhotos.clear();
            message.set("");
            done.set(doneText);
            load(id);
            changed.run();
        }, e -> {
            busy.set(false);
            done.set("");
            message.set(Failures.describe(e, messages));
        });
    }

    public UUID orderId() {
        return orderId;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The loaded order as the pane shows it ({@link Shown#NONE} before the first load). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> newDeadlineProperty() {
        return newDeadline;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<Path> pendingPhotos() {
        return pendingPhotos;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
