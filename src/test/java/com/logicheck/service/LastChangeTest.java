package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one undo rule of plans, reference data and organisation settings, without a database. */
class LastChangeTest {
    private final UUID anna = UUID.randomUUID();
    private final UUID bo = UUID.randomUUID();
    private final List<UUID> undoneBy = new ArrayList<>();
    private final LastChange last = new LastChange("problem.plan.nothingToUndo");

    @Test
    void onlyThePersonWhoMadeTheChangeUndoesItAndOnlyOnce() {
        last.remember(anna, Problem.of("plans.undo.add"), undoneBy::add);
        assertThat(last.undoable(bo)).isEmpty();
        assertThat(last.undoIfAny(bo)).isEmpty();
        assertThat(last.undoable(anna)).contains(Problem.of("plans.undo.add"));

        assertThat(last.undo(anna)).isEqualTo(Problem.of("plans.undo.add"));
        assertThat(undoneBy).containsExactly(anna);
        assertThatThrownBy(() -> last.undo(anna)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems())
                        .containsExactly(Problem.of("problem.plan.nothingToUndo")));
        assertThat(undoneBy).containsExactly(anna);
    }

    @Test
    void anotherPersonsChangeOrAChangeThatCannotBeUndoneEndsTheUndo() {
        last.remember(anna, Problem.of("plans.undo.add"), undoneBy::add);
        last.remember(bo, Problem.of("plans.undo.change"), undoneBy::add);
        assertThat(last.undoIfAny(anna)).isEmpty();
        last.forget();
        assertThat(last.undoIfAny(bo)).isEmpty();
        assertThat(undoneBy).isEmpty();
    }

    @Test
    void aFailedUndoCanBeTriedAgain() {
        List<String> tries = new ArrayList<>();
        last.remember(anna, Problem.of("branding.undo.rename"), a -> {
            tries.add("try");
            if (tries.size() == 1) {
                throw new DomainException(Problem.of("problem.access.refused"));
            }
        });
        assertThatThrownBy(() -> last.undoIfAny(anna)).isInstanceOf(DomainException.class);
        assertThat(last.undoable(anna)).contains(Problem.of("branding.undo.rename"));
        assertThat(last.undoIfAny(anna)).contains(Problem.of("branding.undo.rename"));
        assertThat(tries).hasSize(2);
        assertThat(last.undoable(anna)).isEmpty();
    }
}
