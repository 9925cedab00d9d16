package com.logicheck.scoring;

import static com.logicheck.scoring.Sheets.d;
import static com.logicheck.scoring.Sheets.item;
import static com.logicheck.scoring.Sheets.perOccurrence;
import static com.logicheck.scoring.Sheets.perUnit;
import static com.logicheck.scoring.Sheets.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.template.TemplateItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 补录: the points a paper sheet deducts on an item become the quantities of its 评分标准 that deduct exactly them. */
class PaperDeductionTest {
    private static final TemplateItem COUNTED = item("1.2", "3", false, perOccurrence("每发现一处", "0.5"));
    private static final TemplateItem TWO_CLAUSES = item("2.1", "4", false, perOccurrence("每缺一项", "1"),
            perUnit("延迟", "天", "1", "0.2"));
    private static final TemplateItem JUDGED = item("3.4", "5", false, range("视情况", "1", "5", "0.5"));

    @Test
    void aCountedItemGetsTheCountThatDeductsThePoints() {
        assertThat(PaperDeduction.quantities(COUNTED, d("1.5"))).containsExactly(d("3"));
        assertThat(ItemDeduction.capped(COUNTED, PaperDeduction.quantities(COUNTED, d("1.5")))).isEqualByComparingTo("1.5");
    }

    @Test
    void theFirstClauseThatCanCarryThePointsCarriesThemAndTheOthersStayZero() {
        assertThat(PaperDeduction.quantities(TWO_CLAUSES, d("2"))).containsExactly(d("2"), BigDecimal.ZERO);
        List<BigDecimal> late = PaperDeduction.quantities(TWO_CLAUSES, d("0.6"));
        assertThat(late).containsExactly(BigDecimal.ZERO, d("3"));
        assertThat(ItemDeduction.capped(TWO_CLAUSES, late)).isEqualByComparingTo("0.6");
    }

    @Test
    void aJudgedItemTakesThePointsOnItsGrid() {
        assertThat(PaperDeduction.quantities(JUDGED, d("2.5"))).containsExactly(d("2.5"));
    }

    @Test
    void theWholeItemIsDeductedByEnoughOccurrencesEvenWhenTheyOvershoot() {
        TemplateItem odd = item("4.1", "2", false, perOccurrence("每处", "1.5"));
        List<BigDecimal> all = PaperDeduction.quantities(odd, d("2"));
        assertThat(ItemDeduction.capped(odd, all)).isEqualByComparingTo("2");
    }

    @Test
    void aDeductionLargerThanTheItemsPointsIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> PaperDeduction.quantities(COUNTED, d("3.5"))).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).first().key()).isEqualTo("problem.backEntry.deductionTooLarge");
                    assertThat(((DomainException) e).first().args()).containsExactly("1.2", "3.5", "3");
                });
    }

    @Test
    void noughtOrLessIsRefused() {
        assertThatThrownBy(() -> PaperDeduction.quantities(COUNTED, BigDecimal.ZERO))
                .satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.backEntry.deductionNotPositive"));
    }

    @Test
    void pointsNoClauseCanGiveAreRefusedWithTheCriteria() {
        assertThatThrownBy(() -> PaperDeduction.quantities(COUNTED, d("0.3")))
                .satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.backEntry.deductionNotInCriteria"));
        assertThatThrownBy(() -> PaperDeduction.quantities(JUDGED, d("0.5")))
                .satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.backEntry.deductionNotInCriteria"));
    }
}
