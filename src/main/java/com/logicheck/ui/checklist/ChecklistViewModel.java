package com.logicheck.ui.checklist;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.PaperDeduction;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.BackEntries;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final ReadOnlyBooleanWrapper paperMode = new ReadOnlyBooleanWrapper(false);
    private final BackEntries backEntries;
    private ChecklistQuestions questions = ChecklistQuestions.DECLINE;
    private SheetView sheet;
    private AnswerBook book;
    private boolean notePending;

    public ChecklistViewModel(InspectionService service, SheetRecords sheets, SheetPhotos photoStore,
                              Messages messages, TaskExecutor executor, Navigator navigator, UUID actorId,
                              UUID inspectionId, UUID focusItemId) {
        this(service, sheets, photoStore, messages, executor, navigator, actorId, inspectionId, focusItemId, null);
    }

    /** A checklist that also takes 补录 sheets in their paper mode ({@code backEntries}: finishing one). */
    public ChecklistViewModel(InspectionService service, SheetRecords sheets, SheetPhotos photoStore,
                              Messages messages, TaskExecutor executor, Navigator navigator, UUID actorId,
                              UUID inspectionId, UUID focusItemId, BackEntries backEntries) {
        this.backEntries = backEntries;
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
            paperMode.set(sheet.inspection().backEntered() && backEntries != null);
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
        leaveQuantities();
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

    /**
     * 补录 (paper mode): the item numbered {@code code} (as printed on the paper, e.g. 2.3; full-width characters of
     * a Chinese input method read as ASCII) is selected; false, with
     * the message saying so, when the sheet has no such item.
     */
    public boolean paperItem(String code) {
        StringBuilder ascii = new StringBuilder();
        for (char c : QuantityInput.normalise(code).toCharArray()) {
            ascii.append(c >= '！' && c <= '～' ? (char) (c - '！' + '!') : c);
        }
        String wanted = ascii.toString();
        Optional<ItemRow> row = rows.items().stream().filter(r -> r.item().code().strip().equalsIgnoreCase(wanted))
                .findFirst();
        if (row.isEmpty()) {
            message.set(messages.get("problem.backEntry.noItem", wanted));
            return false;
        }
        message.set("");
        select(row.get());
        return true;
    }

    /**
     * 补录: the points the paper deducts on the selected item, stored as the quantities of its 评分标准 that deduct
     * exactly them ({@link PaperDeduction}); false, with the refusal naming the item, when no such quantities exist,
     * the points are not a number or more than the item's 分值.
     */
    public boolean paperDeduct(String points) {
        ItemRow row = selected.get();
        if (row == null) {
            return false;
        }
        String typed = QuantityInput.normalise(points);
        List<BigDecimal> quantities;
        try {
            quantities = PaperDeduction.quantities(row.item(), new BigDecimal(typed));
        } catch (NumberFormatException e) {
            message.set(messages.get("checklist.paper.notANumber", row.item().code(), typed));
            return false;
        } catch (DomainException e) {
            message.set(Failures.describe(e, messages));
            return false;
        }
        ItemResult current = book.result(row.item().id()).orElse(null);
        apply(row, new ItemResult(row.item().id(), Outcome.DEDUCT, quantities, current == null ? "" : current.note(),
                current == null ? null : current.placeId()), Edit.QUANTITY);
        editor.load(row, photos.of(row.item().id()));
        message.set(messages.get("checklist.paper.deducted", row.item().code(), Scores.format(new BigDecimal(typed)),
                Scores.format(book.score().total())));
        return true;
    }

    /** 完成补录: every item not typed passes, the sheet is finished on its paper's date, and the summary opens. */
    public void finishPaper() {
        if (!paperMode.get()) {
            toSummary();
            return;
        }
        leaveQuantities();
        flushNote();
        executor.submit(() -> backEntries.finish(actorId, inspectionId), score -> navigator.summary(inspectionId),
                Failures.shownIn(message, messages));
    }

    /** Whether the sheet is a 补录 opened in paper mode: only deductions are typed, every other item passes. */
    public ReadOnlyBooleanProperty paperModeProperty() {
        return paperMode.getReadOnlyProperty();
    }

    /** Who answers the questions asked before an answer loses something (the screen sets its dialogs). */
    public void askWith(ChecklistQuestions asker) {
        this.questions = asker;
    }

    /**
     * P / Space: 合格, then on to the next item. An item that already has a deduction, or another outcome with a
     * note or photos, is only changed when the inspector confirms the question saying what is lost.
     */
    public void pass() {
        current().ifPresent(row -> {
            flushNote();
            Optional<ItemResult> now = book.result(row.item().id());
            if (now.isPresent() && now.get().outcome() != Outcome.PASS && needsAsking(row, now.get())
                    && !questions.confirm(replaceQuestion(row, now.get(), Outcome.PASS) + messages.get("checklist.ask.keep"))) {
                message.set(messages.get("checklist.ask.unchanged", row.item().code()));
                return;
            }
            answer(row, Outcome.PASS, noteOf(now));
            selectNext();
        });
    }

    /**
     * N: 不适用 where the item allows it, then on to the next item. An item with a note or photos asks whether they
     * stay as the reason it does not apply or are deleted; a deduction is only dropped when the inspector agrees.
     */
    public void notApplicable() {
        current().ifPresent(row -> {
            if (!row.item().naAllowed()) {
                message.set(messages.get("problem.item.naNotAllowed", row.item().code()));
                return;
            }
            flushNote();
            Optional<ItemResult> now = book.result(row.item().id());
            if (now.isPresent() && now.get().outcome() == Outcome.NOT_APPLICABLE) {
                selectNext();
                return;
            }
            List<SheetPhoto> itemPhotos = photos.of(row.item().id());
            boolean hasNote = now.isPresent() && !now.get().note().isBlank();
            String lost = now.isPresent() && now.get().outcome() == Outcome.DEDUCT
                    ? replaceQuestion(row, now.get(), Outcome.NOT_APPLICABLE) : "";
            String note = noteOf(now);
            if (hasNote || !itemPhotos.isEmpty()) {
                String what = hasNote ? messages.get("checklist.ask.evidenceNote", clip(now.get().note()), itemPhotos.size())
                        : messages.get("checklist.ask.evidencePhotos", itemPhotos.size());
                switch (questions.naEvidence((lost + what).strip())) {
                    case KEEP_AS_REASON -> {
                    }
                    case DELETE -> {
                        note = "";
                        itemPhotos.forEach(photos::remove);
                    }
                    default -> {
                        message.set(messages.get("checklist.ask.unchanged", row.item().code()));
                        return;
                    }
                }
            } else if (!lost.isEmpty() && !questions.confirm(lost + messages.get("checklist.ask.sure"))) {
                message.set(messages.get("checklist.ask.unchanged", row.item().code()));
                return;
            }
            answer(row, Outcome.NOT_APPLICABLE, note);
            selectNext();
        });
    }

    /** A deduction, or a note or photos on another outcome: changing the outcome asks first. */
    private boolean needsAsking(ItemRow row, ItemResult now) {
        return now.outcome() == Outcome.DEDUCT || !now.note().isBlank() || !photos.of(row.item().id()).isEmpty();
    }

    private String replaceQuestion(ItemRow row, ItemResult now, Outcome target) {
        String code = row.item().code();
        if (now.outcome() == Outcome.DEDUCT) {
            return messages.get("checklist.ask.deducted", code, Scores.format(row.state().score().deduction()),
                    messages.label(target));
        }
        return messages.get("checklist.ask.outcome", code, messages.label(now.outcome()), messages.label(target));
    }

    private static String clip(String note) {
        String line = note.strip().replaceAll("\\s+", " ");
        return line.length() <= 30 ? line : line.substring(0, 29) + "…";
    }

    private static String noteOf(Optional<ItemResult> result) {
        return result.map(ItemResult::note).orElse("");
    }

    private void answer(ItemRow row, Outcome outcome, String note) {
        flushNote();
        ItemResult current = book.result(row.item().id()).orElse(null);
        ItemResult next = new ItemResult(row.item().id(), outcome, List.of(), note,
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
        if (row == null) {
            return;
        }
        if (quantities == null) {
            editor.setProblem("");
            markUnsaved(row, true);
            return;
        }
        markUnsaved(row, false);
        if (quantities.stream().allMatch(q -> q.signum() == 0)) {
            editor.setProblem(messages.get("checklist.deduct.empty"));
            return;
        }
        editor.setProblem("");
        ItemResult current = book.result(row.item().id()).orElse(null);
        apply(row, new ItemResult(row.item().id(), Outcome.DEDUCT, quantities, current == null ? "" : current.note(),
                current == null ? null : current.placeId()), Edit.QUANTITY);
    }

    /**
     * A refused quantity is never left on screen while another answer is scored: while it is being typed the item
     * is marked 未保存 (the editor says what is still scored), and when the inspector leaves the field, the item or
     * the screen, the fields show the stored answer again and the message says what was not kept.
     */
    public void leaveQuantities() {
        ItemRow row = selected.get();
        if (row == null || !editor.anyQuantityError()) {
            return;
        }
        String refused = editor.quantities().stream().filter(q -> !q.error().isEmpty())
                .map(q -> q.textProperty().get().strip()).reduce((a, b) -> a + "、" + b).orElse("");
        markUnsaved(row, false);
        editor.load(row, photos.of(row.item().id()));
        message.set(messages.get("checklist.quantity.restored", row.item().code(), refused));
    }

    private void markUnsaved(ItemRow row, boolean unsaved) {
        row.markUnsaved(unsaved);
        editor.refresh(row.state());
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

    /**
     * Ctrl+V on an item: image files copied in the file manager are attached as files (with their EXIF or file
     * time); otherwise an image on the clipboard is attached, timed at the paste. Returns false when the clipboard
     * holds neither (the key then does nothing).
     */
    public boolean pastePhotos(PhotoClipboard clipboard) {
        Optional<ItemRow> row = current();
        if (row.isEmpty()) {
            return false;
        }
        List<Path> files = clipboard.files();
        if (!files.isEmpty()) {
            attachPhotos(files);
            return true;
        }
        Optional<SheetPhotos.PastedImage> image = clipboard.image();
        image.ifPresent(i -> photos.attachPasted(row.get().item().id(), sheet.inspection().placeId(), i));
        return image.isPresent();
    }

    public void removePhoto(SheetPhoto photo) {
        photos.remove(photo);
    }

    /** Ctrl+Enter: to the 汇总. */
    public void toSummary() {
        leaveQuantities();
        flushNote();
        navigator.summary(inspectionId);
    }

    public void home() {
        leaveQuantities();
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

    /** A sentence from outside the sheet's own work (a check-in recorded by a scan). */
    public void told(String text) {
        message.set(text);
        executor.submit(() -> sheets.view(inspectionId),
                view -> header.set(header.get().withPresence(SheetHeader.presence(view, messages))),
                Failures.shownIn(message, messages));
    }

    public UUID inspectionId() {
        return inspectionId;
    }
}
