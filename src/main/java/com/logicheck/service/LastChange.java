package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 撤销 of one step, in memory: the last change made through a service, which only the person who made it can undo,
 * once. The plans and the reference data keep one each, so the rule (same person, once, then gone) is written here.
 */
final class LastChange {
    private final String nothingToUndo;
    private Step last;

    /** The change remembered: who made it, what it was in words (a problem-style key), and how to revert it. */
    private record Step(UUID actorId, Problem what, Consumer<UUID> inverse) {
    }

    /** {@code nothingToUndo}: the problem key of the refusal when this person has nothing to undo. */
    LastChange(String nothingToUndo) {
        this.nothingToUndo = nothingToUndo;
    }

    /** The change just made, replacing the one before. */
    synchronized void remember(UUID actorId, Problem what, Consumer<UUID> inverse) {
        last = new Step(actorId, what, inverse);
    }

    /** A change that cannot be undone was made: the one before can no longer be undone either. */
    synchronized void forget() {
        last = null;
    }

    /** What {@link #undo} would undo for {@code actorId}, if anything. */
    synchronized Optional<Problem> undoable(UUID actorId) {
        return last != null && last.actorId().equals(actorId) ? Optional.of(last.what()) : Optional.empty();
    }

    /** Undoes the person's last change (once) and returns what it was; refuses when there is none of theirs. */
    Problem undo(UUID actorId) {
        Step u;
        synchronized (this) {
            u = last;
            if (u == null || !u.actorId().equals(actorId)) {
                throw new DomainException(Problem.of(nothingToUndo));
            }
            last = null;
        }
        u.inverse().accept(actorId);
        return u.what();
    }
}
