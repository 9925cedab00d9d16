package com.logicheck.ui.checklist;

import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SheetPhoto;
import com.logicheck.service.SheetPhotos;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SheetView;
import com.logicheck.ui.checklist.AnswerBook.Edit;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.SheetHeader;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 检查表 screen logic, for any template: the list of 项目 and items, the selected item's editor, the live
 * item/section/sheet score and grade, and the inspector's commands. Every accepted edit is stored at once
 * through {@link InspectionService#answer} on the ordered background executor; refused input stays on screen
 * with its message and the last good answer stays stored.
 */
public final class ChecklistViewModel {
    private final InspectionService service;
    private final SheetRecords sheets;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final UUID inspectionId;
    private final UUID focusItemId;
    private final ChecklistRows rows = new ChecklistRows();
    private final ReadOnlyObjectWrapper<SheetHeader> header = new ReadOnlyObjectWrapper<>(SheetHeader.NONE);
    private final PhotoShelf photos;
    private final ItemEditorModel editor;
    private final ReadOnlyObjectWrapper<ItemRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private SheetView sheet;
    private AnswerBook book;
    private boolean notePending;

    public ChecklistViewModel(InspectionService service, SheetRecords sheets, SheetPhotos photoStore,
                              Messages messages, TaskExecutor executor, Navigator navigator, UUID actorId,
                              UUID inspectionId, UUID focusItemId) {
        this.service = service;
        this.sheets = sheets;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        this.focusItemId = focusItemId;
        this.editor = new ItemEditorModel(messages, this::quantityEdited, () -> notePending = true);
        this.photos = new PhotoShelf(photoStore, executor, messages, actorId, inspectionId, editor);
    }

    /** Loads the sheet in the background; a sheet that is no longer a draft opens in its summary instead. */
    public void load() {
        executor.submit(() -> new Loaded(sheets.view(inspectionId), photos.fetch()), loaded -> {
            if (!loaded.sheet().inspection().status().editable()) {
                navigator.summary(inspectionId);
                return;
            }
            sheet = loaded.sheet();
            book = new AnswerBook(sheet.template(), sheet.results(), new SheetScorer());
            photos.setAll(loaded.photos());
            rows.build(sheet.template(), book);
            header.set(SheetHeader.draft(sheet, book.score(), messages));
            Optional<ItemRow> first = focusItemId != null ? rows.item(focusItemId) : Optional.empty();
            select(first.or(() -> rows.nextUnanswered(null)).orElse(rows.items().get(0)));
        }, Failures.shownIn(message, messages));
    }

    private record Loaded(SheetView sheet, List<SheetPhoto> photos) {
    }

    /** Selects an item; a heading selects its first item. */
    public void select(ChecklistRow row) {
        ItemRow item = row instanceof SectionRow s ? rows.firstOf(s) : (ItemRow) row;
        if (item == null || item == selected.get()) {
            return;
        }
        flushNote();
        book.seal();
        selected.set(item);
        editor.load(item, photos.of(item.item().id()));
    }

    public void selectNext() {
        current().flatMap(rows::next).ifPresent(this::select);
    }

    public void selectPrevious() {
        current().flatMap(rows::previous).ifPresent(this::select);
    }

    /** Ctrl+J: the next unanswered item after the selected one (wrapping); false when all are answered. */
    public boolean selectNextUnanswered() {
        Optional<ItemRow> next = rows.nextUnanswered(selected.get());
        next.ifPresentOrElse(this::select, () -> message.set(messages.get("checklist.allAnswered")));
        return next.isPresent();
    }

    /** P / Space: 合格, then on to the next item. */
    public void pass() {
        current().ifPresent(row -> {
            answer(row, Outcome.PASS);
            selectNext();
        });
    }

    /** N: 不适用 where the item allows it, then on to the next item. */
    public void notApplicable() {
        current().ifPresent(row -> {
            if (!row.item().naAllowed()) {
                message.set(messages.get("problem.item.naNotAllowed", row.item().code()));
                return;
            }
            answer(row, Outcome.NOT_APPLICABLE);
            selectNext();
        });
    }

    private void answer(ItemRow row, Outcome outcome) {
        flushNote();
        ItemResult current = book.result(row.item().id()).orElse(null);
        ItemResult next = new ItemResult(row.item().id(), outcome, List.of(), current == null ? "" : current.note(),
                current == null ? null : current.placeId());
        apply(row, next, Edit.OUTCOME);
        editor.load(row, photos.of(row.item().id()));
    }

    /** D: shows the quantity inputs; nothing is stored until a quantity is typed. */
    public void startDeduction() {
        current().ifPresent(row -> {
            message.set("");
            editor.startDeduction();
        });
    }

    private void quantityEdited() {
        ItemRow row = selected.get();
        List<BigDecimal> quantities = editor.validQuantities();
        if (row == null || quantities == null) {
            editor.setProblem("");
            return;
        }
        if (quantities.stream().allMatch(q -> q.signum() == 0)) {
            editor.setProblem(messages.get("checklist.deduct.empty"));
            return;
        }
        editor.setProblem("");
        ItemResult current = book.result(row.item().id()).orElse(null);
        apply(row, new ItemResult(row.item().id(), Outcome.DEDUCT, quantities, current == null ? "" : current.note(),
                current == null ? null : current.placeId()), Edit.QUANTITY);
    }

    /** Enter in a field: keeps the edit and moves on to the next unanswered item; false when the input is refused. */
    public boolean commit() {
        flushNote();
        if (editor.deductMode() && selected.get() != null) {
            List<BigDecimal> quantities = editor.validQuantities();
            if (quantities == null) {
                return false;
            }
            if (quantities.stream().allMatch(q -> q.signum() == 0)) {
                editor.setProblem(messages.get("checklist.deduct.empty"));
                return false;
            }
        }
        selectNextUnanswered();
        return true;
    }

    /** Ctrl+Backspace / Ctrl+Delete: the item becomes unanswered again. */
    public void clear() {
        current().ifPresent(row -> {
            notePending = false;
            apply(row, null, Edit.CLEAR);
            editor.load(row, photos.of(row.item().id()));
        });
    }

    /** Ctrl+Z: the last edited item gets its previous answer back (and is selected). */
    public void undo() {
        if (book == null) {
            return;
        }
        notePending = false;
        book.undo().ifPresentOrElse(u -> {
            ItemResult restored = book.result(u.itemId()).orElse(null);
            save(u.itemId(), restored);
            ItemRow row = rows.item(u.itemId()).orElseThrow();
            refreshScores(row);
            if (selected.get() != row) {
                select(row);
            }
            editor.load(row, photos.of(row.item().id()));
            message.set(messages.get("checklist.undone", row.item().code()));
        }, () -> message.set(messages.get("checklist.nothingToUndo")));
    }

    /** Saves the note of the selected item if it changed (debounced typing, focus loss, leaving). */
    public void flushNote() {
        ItemRow row = selected.get();
        if (!notePending || row == null) {
            return;
        }
        notePending = false;
        book.result(row.item().id()).ifPresent(r -> apply(row, r.withNote(editor.noteProperty().get()), Edit.NOTE));
    }

    private void apply(ItemRow row, ItemResult result, Edit edit) {
        message.set("");
        if (book.put(row.item().id(), result, edit)) {
            save(row.item().id(), result);
            refreshScores(row);
        }
    }

    private void refreshScores(ItemRow row) {
        SheetScore score = book.score();
        rows.refresh(row, book);
        header.set(header.get().scored(score, messages));
        if (selected.get() == row) {
            editor.refresh(row.state());
        }
    }

    private void save(UUID itemId, ItemResult result) {
        executor.execute(() -> {
            if (result == null) {
                service.clear(sheet.inspection(), itemId, actorId);
            } else {
                service.answer(sheet.inspection(), result, actorId);
            }
        }, e -> message.set(messages.get("checklist.saveFailed", Failures.describe(e, messages))));
    }

    public void attachPhotos(List<Path> files) {
        current().ifPresent(row -> photos.attach(row.item().id(), sheet.inspection().placeId(), files));
    }

    public void removePhoto(SheetPhoto photo) {
        photos.remove(photo);
    }

    /** Ctrl+Enter: to the 汇总. */
    public void toSummary() {
        flushNote();
        navigator.summary(inspectionId);
    }

    public void home() {
        flushNote();
        navigator.home();
    }

    private Optional<ItemRow> current() {
        return Optional.ofNullable(selected.get());
    }

    public ChecklistRows rows() {
        return rows;
    }

    /** The sheet's head: title, who and where, live 得分 and 等级, progress; replaced whole on every answer. */
    public ReadOnlyObjectProperty<SheetHeader> header() {
        return header.getReadOnlyProperty();
    }

    public ItemEditorModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<ItemRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The live score; null until loaded. */
    public SheetScore score() {
        return book == null ? null : book.score();
    }

    public Optional<ItemResult> result(UUID itemId) {
        return book == null ? Optional.empty() : book.result(itemId);
    }

    public UUID inspectionId() {
        return inspectionId;
    }
}
