package com.logicheck.ui.rectify;

import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationService.Line;
import com.logicheck.service.RectificationService.RaiseForm;
import com.logicheck.service.RectificationService.RaiseRequest;
import com.logicheck.ui.common.BusyWork;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 发整改通知单 for one sheet: its deductions to pick from (exempted ones and those already on an order shown, not
 * offered), one order per deduction or one for the sheet, the plan (责任人, 期限 defaulted per service line, 标准,
 * 原因分析, 措施), then 签发并打印 of the raised orders' notices. Raising is the one service call the CLI
 * {@code rectify} makes, so the same rules and the same permission refuse the same things.
 */
public final class RaiseOrdersViewModel {

    /** What the screen needs of the rectification services (the app passes the services' methods; tests fakes). */
    public interface Orders {
        RaiseForm form(UUID inspectionId);

        /** The sheet as the user knows it: template title, provider and place (never an internal code). */
        String sheetTitle(UUID inspectionId);

        List<RectificationOrder> raise(RaiseRequest request, UUID actorId);

        /** Signs the order's notice with the actor's key; the signed PDF's path. */
        Path sign(UUID orderId, char[] password, UUID actorId);
    }

    /** A deduction as listed: picked or not; {@code state} says why one cannot be picked. */
    public static final class Choice {
        private final Line line;
        private final String state;
        private final BooleanProperty picked = new SimpleBooleanProperty();

        Choice(Line line, String state) {
            this.line = line;
            this.state = state;
        }

        public Line line() {
            return line;
        }

        public String item() {
            return line.itemCode() + "  " + line.content();
        }

        public String points() {
            return "−" + line.deduction().stripTrailingZeros().toPlainString();
        }

        public String finding() {
            return line.note();
        }

        /** 「已不予扣分」, 「已有整改通知单」 or empty. */
        public String state() {
            return state;
        }

        public boolean open() {
            return line.open();
        }

        public BooleanProperty pickedProperty() {
            return picked;
        }
    }

    /** An order just raised, as the screen lists it before its notice is signed. */
    public record Raised(UUID id, String text) {
    }

    private final Orders orders;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final DocumentOpener opener;
    private final UUID actorId;
    private final UUID inspectionId;
    private String sheetTitle = "";
    private RaiseForm form;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<Raised> raised = FXCollections.observableArrayList();
    private final ObservableList<Path> notices = FXCollections.observableArrayList();
    private final Set<UUID> signed = new HashSet<>();
    private final BooleanProperty grouped = new SimpleBooleanProperty(true);
    private final StringProperty responsible = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty standard = new SimpleStringProperty("");
    private final Map<CauseCategory, BooleanProperty> causes = new EnumMap<>(CauseCategory.class);
    private final StringProperty causeNote = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final BusyWork work;

    public RaiseOrdersViewModel(Orders orders, Messages messages, TaskExecutor executor, Navigator navigator,
                                DocumentOpener opener, UUID actorId, UUID inspectionId) {
        this.orders = orders;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.opener = opener;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        for (CauseCategory c : CauseCategory.values()) {
            causes.put(c, new SimpleBooleanProperty());
        }
        this.work = new BusyWork(executor, messages, message);
    }

    /** Reads the sheet's deductions (background); the deadline starts at the service line's default. */
    public void load() {
        boolean first = form == null;
        executor.submit(() -> {
            RaiseForm f = orders.form(inspectionId);
            return first ? new Loaded(f, orders.sheetTitle(inspectionId)) : new Loaded(f, sheetTitle);
        }, l -> show(l, first), Failures.shownIn(message, messages));
    }

    private record Loaded(RaiseForm form, String title) {
    }

    private void show(Loaded loaded, boolean first) {
        RaiseForm f = loaded.form();
        form = f;
        sheetTitle = loaded.title();
        header.set(messages.get("raise.header", sheetTitle, messages.label(f.serviceLine()), f.inspectedOn(),
                f.defaultDeadline()));
        choices.setAll(f.lines().stream().map(l -> new Choice(l, l.exempted() ? messages.get("raise.state.exempted")
                : l.onOrder() ? messages.get("raise.state.onOrder") : "")).toList());
        if (first) {
            deadline.set(f.defaultDeadline());
            choices.stream().filter(Choice::open).forEach(c -> c.picked.set(true));
        }
        if (first && choices.stream().noneMatch(Choice::open)) {
            message.set(messages.get("problem.rectification.nothingToRaise"));
        }
    }

    /** 全选 / 全不选 of the deductions that may still get an order. */
    public void pickAll(boolean on) {
        choices.stream().filter(Choice::open).forEach(c -> c.picked.set(on));
    }

    /** The picked deductions' requirements, the standard the order asks for when the field is left empty. */
    public String defaultStandard() {
        return choices.stream().filter(c -> c.picked.get()).map(c -> c.line.requirement()).filter(s -> !s.isBlank())
                .distinct().collect(Collectors.joining("\n"));
    }

    /**
     * 下发: one service call for every picked deduction (one unit of work: refused as a whole, nothing written).
     * Nothing picked is refused here, since for the service an empty list means 「every open deduction」.
     */
    public void raise() {
        done.set("");
        List<String> codes = choices.stream().filter(c -> c.picked.get()).map(c -> c.line.itemCode()).toList();
        if (codes.isEmpty()) {
            message.set(messages.get("raise.nothingPicked"));
            return;
        }
        Set<CauseCategory> chosen = EnumSet.noneOf(CauseCategory.class);
        causes.forEach((c, on) -> {
            if (on.get()) {
                chosen.add(c);
            }
        });
        RaiseRequest request = new RaiseRequest(inspectionId, codes, grouped.get(), responsible.get(), deadline.get(),
                standard.get(), chosen, causeNote.get(), steps.get());
        message.set("");
        work.run(() -> orders.raise(request, actorId), list -> {
            raised.addAll(list.stream().map(this::raised).toList());
            done.set(messages.get("raise.done.raised", list.size()));
            load();
        });
    }

    private Raised raised(RectificationOrder o) {
        String items = o.items().stream().map(i -> i.itemCode())
                .collect(Collectors.joining(messages.get("raise.itemSeparator")));
        BigDecimal points = o.items().stream().map(i -> i.deduction()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Raised(o.id(), messages.get("raise.raisedLine", o.id().toString().substring(0, 8), items,
                "−" + points.stripTrailingZeros().toPlainString(), o.deadline(), o.plan().responsiblePerson()));
    }

    /**
     * 签发并打印: signs the notice of every order raised here that has none yet with the user's key and opens each
     * PDF in the system viewer (to print); the password field is cleared whatever happens.
     */
    public void signAndPrint() {
        char[] pass = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        done.set("");
        if (raised.isEmpty()) {
            message.set(messages.get("raise.nothingRaised"));
            return;
        }
        if (pass.length == 0) {
            message.set(messages.get("desk.detail.noPassword"));
            return;
        }
        List<UUID> ids = raised.stream().map(Raised::id).filter(id -> !signed.contains(id)).toList();
        if (ids.isEmpty()) {
            message.set(messages.get("raise.allSigned"));
            return;
        }
        message.set("");
        // one task per notice, in order: a refusal half-way keeps the notices already signed and says why
        for (UUID id : ids) {
            work.run(() -> orders.sign(id, pass, actorId), pdf -> {
                signed.add(id);
                notices.add(pdf);
                opener.open(pdf);
                done.set(messages.get("raise.done.signed", notices.size(), pdf.getParent().toAbsolutePath()));
            });
        }
    }

    /** 返回检查表: the sheet's 汇总. */
    public void back() {
        navigator.summary(inspectionId);
    }

    /** 整改台账, where the raised orders are now listed. */
    public void desk() {
        navigator.desk();
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObservableList<Raised> raised() {
        return raised;
    }

    public ObservableList<Path> notices() {
        return notices;
    }

    public BooleanProperty groupedProperty() {
        return grouped;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty standardProperty() {
        return standard;
    }

    public BooleanProperty causeProperty(CauseCategory c) {
        return causes.get(c);
    }

    public StringProperty causeNoteProperty() {
        return causeNote;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
