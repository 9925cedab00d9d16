package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.UiFixture;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The screen's answer book on the fixture's sheet, without a database. */
@DatabaseTest
class AnswerBookTest {
    final ChecklistTemplate sheet = UiFixture.sheet();
    final UUID a1 = id("A1");
    final UUID a2 = id("A2");

    private UUID id(String code) {
        return sheet.items().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static ItemResult deduct(UUID id, String... q) {
        return ItemResult.deduct(id, Arrays.stream(q).map(BigDecimal::new).toList());
    }

    @Test
    void editsOfOneKindOnOneItemAreOneUndoStepUntilSealed() {
        AnswerBook book = new AnswerBook(sheet, Map.of(), new SheetScorer());
        book.put(a1, ItemResult.pass(a1), AnswerBook.Edit.OUTCOME);
        book.put(a1, deduct(a1, "1", "0"), AnswerBook.Edit.QUANTITY);
        book.put(a1, deduct(a1, "12", "0"), AnswerBook.Edit.QUANTITY);
        assertThat(book.score().total()).isEqualByComparingTo("95");
        book.seal();
        book.put(a1, deduct(a1, "2", "0"), AnswerBook.Edit.QUANTITY);

        assertThat(book.undo()).hasValueSatisfying(u -> assertThat(u.previous()).isEqualTo(deduct(a1, "12", "0")));
        assertThat(book.undo()).hasValueSatisfying(u -> assertThat(u.previous()).isEqualTo(ItemResult.pass(a1)));
        assertThat(book.result(a1)).contains(ItemResult.pass(a1));
        assertThat(book.undo()).hasValueSatisfying(u -> assertThat(u.previous()).isNull());
        assertThat(book.result(a1)).isEmpty();
        assertThat(book.undo()).isEmpty();
        assertThat(book.score().total()).isEqualByComparingTo("100");
    }

    @Test
    void anUnchangedAnswerIsNoEdit() {
        AnswerBook book = new AnswerBook(sheet, Map.of(a2, ItemResult.pass(a2)), new SheetScorer());
        assertThat(book.put(a2, ItemResult.pass(a2), AnswerBook.Edit.OUTCOME)).isFalse();
        assertThat(book.canUndo()).isFalse();
        assertThat(book.put(a2, null, AnswerBook.Edit.CLEAR)).isTrue();
        assertThat(book.score().answered()).isZero();
        assertThat(book.canUndo()).isTrue();
    }
}
