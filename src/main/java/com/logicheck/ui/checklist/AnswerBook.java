package com.logicheck.ui.checklist;

import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The answers of the open sheet as the screen knows them, re-scored in full after every change (the scorer is
 * pure and fast), with an undo history: each entry is the answer an item had before an edit. Consecutive edits
 * of the same kind on the same item (typing a count digit by digit, a note letter by letter) are one entry.
 */
final class AnswerBook {
    static final int UNDO_LIMIT = 100;
    private final ChecklistTemplate template;
    private final SheetScorer scorer;
    private final Map<UUID, ItemResult> results;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private SheetScore score;
    private boolean sealed;

    /** What kind of edit an answer change was, for merging undo entries. */
    enum Edit { OUTCOME, QUANTITY, NOTE, CLEAR }

    /** Undo entry: the item and the answer it had (null: unanswered). */
    record Undo(UUID itemId, ItemResult previous, Edit edit) {
    }

    AnswerBook(ChecklistTemplate template, Map<UUID, ItemResult> results, SheetScorer scorer) {
        this.template = template;
        this.scorer = scorer;
        this.results = new HashMap<>(results);
        this.score = scorer.score(template, this.results);
    }

    Optional<ItemResult> result(UUID itemId) {
        return Optional.ofNullable(results.get(itemId));
    }

    SheetScore score() {
        return score;
    }

    /** Sets (or with null clears) an item's answer; false when nothing changed. */
    boolean put(UUID itemId, ItemResult result, Edit edit) {
        ItemResult previous = results.get(itemId);
        if (Objects.equals(previous, result)) {
            return false;
        }
        Undo top = undo.peek();
        boolean merge = !sealed && top != null && top.itemId().equals(itemId) && top.edit() == edit
                && (edit == Edit.QUANTITY || edit == Edit.NOTE);
        sealed = false;
        if (!merge) {
            undo.push(new Undo(itemId, previous, edit));
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        store(itemId, result);
        return true;
    }

    /** Restores the answer before the last edit; empty when there is nothing to undo. */
    Optional<Undo> undo() {
        Undo last = undo.poll();
        sealed = true;
        if (last != null) {
            store(last.itemId(), last.previous());
        }
        return Optional.ofNullable(last);
    }

    /** Ends the current run of edits: the next edit gets an undo entry of its own (e.g. after moving on). */
    void seal() {
        sealed = true;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    private void store(UUID itemId, ItemResult result) {
        if (result == null) {
            results.remove(itemId);
        } else {
            results.put(itemId, result);
        }
        score = scorer.score(template, results);
    }
}
