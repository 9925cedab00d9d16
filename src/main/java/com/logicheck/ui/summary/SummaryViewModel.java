package com.logicheck.ui.summary;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SectionScore;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SheetView;
import com.logicheck.ui.common.BusyWork;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.SheetHeader;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 汇总: 得分 and 等级, the score of every 项目, every deduction with its note, the items still unanswered, and
 * 完成检查 — refused by the service, with its message, while items are unanswered.
 */
public final class SummaryViewModel {
    private final InspectionService service;
    private final SheetRecords sheets;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final UUID inspectionId;
    private boolean signAfterFinish;
    private final ReadOnlyObjectWrapper<SheetHeader> header = new ReadOnlyObjectWrapper<>(SheetHeader.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final BusyWork finishing;
    private final ObservableList<SectionLine> sections = FXCollections.observableArrayList();
    private final ObservableList<DeductionLine> deductions = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> unanswered = FXCollections.observableArrayList();

    /** A 项目 with its subtotal, points lost and points earned. */
    public record SectionLine(String title, String subtotal, String deduction, String earned) {
    }

    /** A deducted item: 编号, 考评内容, 扣分 (with the cap noted), 备注. */
    public record DeductionLine(UUID itemId, String code, String content, String deduction, String note) {
    }

    /** An item not answered yet. */
    public record OpenItem(UUID itemId, String code, String content) {
    }

    public SummaryViewModel(InspectionService service, SheetRecords sheets, Messages messages,
                            TaskExecutor executor, Navigator navigator, UUID actorId, UUID inspectionId) {
        this.service = service;
        this.sheets = sheets;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        this.finishing = new BusyWork(executor, messages, message);
    }

    /** Loads in the background, after any answer still being saved (the executor keeps order). */
    public void load() {
        executor.submit(() -> sheets.view(inspectionId), this::show,
                Failures.shownIn(message, messages));
    }

    private void show(SheetView sheet) {
        SheetScore s = new SheetScorer().score(sheet.template(), sheet.results());
        header.set(SheetHeader.read(sheet, s, messages));
        editable.set(sheet.inspection().status().editable());
        sections.setAll(s.sections().stream().map(this::line).toList());
        List<DeductionLine> lost = new ArrayList<>();
        List<OpenItem> open = new ArrayList<>();
        sheet.template().items().forEach(item -> {
            ItemScore is = s.item(item.id());
            ItemResult r = sheet.results().get(item.id());
            if (!is.answered()) {
                open.add(new OpenItem(item.id(), item.code(), DisplayText.of(item.content())));
            } else if (is.outcome() == Outcome.DEDUCT) {
                lost.add(new DeductionLine(item.id(), item.code(), DisplayText.of(item.content()), deductionText(is), r.note()));
            }
        });
        deductions.setAll(lost);
        unanswered.setAll(open);
    }

    private SectionLine line(SectionScore s) {
        BigDecimal notApplicable = s.subtotal().subtract(s.capacity());
        String subtotal = notApplicable.signum() == 0 ? Scores.format(s.subtotal())
                : messages.get("summary.subtotalNa", Scores.format(s.subtotal()), Scores.format(notApplicable));
        return new SectionLine(s.title(), subtotal, Formats.deduction(s.deduction()),
                Scores.format(s.earned()));
    }

    private String deductionText(ItemScore s) {
        String text = Formats.deduction(s.deduction());
        return s.capped() ? messages.get("summary.capped", text, Scores.format(s.uncappedDeduction())) : text;
    }

    /** Whether 完成检查 goes on to 签字 (the laptop's setting, on by default) rather than home. */
    public void signAfterFinish(boolean sign) {
        this.signAfterFinish = sign;
    }

    /**
     * 完成检查: the sheet becomes finished; then 签字 opens (the inspector's setting), or the home screen shows it
     * among the recent ones.
     */
    public void finish() {
        finishing.run(() -> service.finish(service.inspection(inspectionId), actorId), done -> {
            if (signAfterFinish) {
                navigator.sign(inspectionId);
            } else {
                navigator.home();
            }
        });
    }

    public void jumpToFirstUnanswered() {
        navigator.checklist(inspectionId, unanswered.isEmpty() ? null : unanswered.get(0).itemId());
    }

    public void open(DeductionLine line) {
        if (line != null && editable.get()) {
            navigator.checklist(inspectionId, line.itemId());
        }
    }

    public void backToChecklist() {
        navigator.checklist(inspectionId);
    }

    public void home() {
        navigator.home();
    }

    /** The sheet's head: title, who and where with the status, 得分, 等级 and the counts of answers. */
    public ReadOnlyObjectProperty<SheetHeader> header() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishingProperty() {
        return finishing.busyProperty();
    }

    public ObservableList<SectionLine> sections() {
        return sections;
    }

    public ObservableList<DeductionLine> deductions() {
        return deductions;
    }

    public ObservableList<OpenItem> unanswered() {
        return unanswered;
    }
}
