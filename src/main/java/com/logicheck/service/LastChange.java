package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 撤销 of one step, in memory: the last change made through a service, which only the person who made it can undo,
 * once. The plans, the reference data and the organisation settings keep one each, so the rule (same person, once,
 * then gone; a failed undo may be tried again) is written here and nowhere else. It is not read back from the change
 * log: the log's rows describe changes for people (e.g. a contract's earlier fee but not its earlier title, how many
 * places a deactivation touched but not which), so they cannot be inverted (ADR 0037).
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
        return undoIfAny(actorId).orElseThrow(() -> new DomainException(Problem.of(nothingToUndo)));
    }

    /**
     * Undoes the person's last change (once) and returns what it was; empty when there is none of theirs. When the
     * inverse fails (refused, say) the change stays undoable, unless another was made meanwhile.
     */
    Optional<Problem> undoIfAny(UUID actorId) {
        Step u;
        synchronized (this) {
            u = last;
            if (u == null || !u.actorId().equals(actorId)) {
                return Optional.empty();
            }
            last = null;
        }
        try {
            u.inverse().accept(actorId);
        } catch (RuntimeException e) {
            synchronized (this) {
                if (last == null) {
                    last = u;
                }
            }
            throw e;
        }
        return Optional.of(u.what());
    }
}
