package com.logicheck.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 覆盖比例 as supervisors type it: the seed's fractions (1/3, 1/5) or a percentage between 0% and 100%. */
class CoverageShareTest {
    @ParameterizedTest(name = "{0} = {1}/{2}, shown as {3}")
    @CsvSource({
        "1/3, 1, 3, 1/3",          // area lead (seed 004 5.1.4)
        "1/5, 1, 5, 1/5",          // supervisor (5.1.3)
        "20%, 1, 5, 1/5",
        "'20 %', 1, 5, 1/5",
        "２0％, 1, 5, 1/5",         // full-width percent sign from a Chinese input method
        "33.3%, 333, 1000, 33.3%",
        "12.5%, 1, 8, 1/8",
        "2/6, 1, 3, 1/3",
        "100%, 1, 1, 100%",
        "1/1, 1, 1, 100%",
        "0, 0, 1, 0",
        "0%, 0, 1, 0",
        "'', 0, 1, 0",
    })
    void typedSharesAreStoredReducedAndShownAsTheSeedWritesThem(String typed, int n, int d, String shown) {
        CoverageShare share = CoverageShare.parse(typed);
        assertThat(share).isEqualTo(new CoverageShare(n, d));
        assertThat(share.text()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "120%, problem.plan.coverageRange",
        "-5%, problem.plan.coverageRange",
        "4/3, problem.plan.coverageRange",
        "1/0, problem.plan.coverageRange",
        "33.33%, problem.plan.coverageDecimals",
        "20, problem.plan.coverageFormat",    // 20 what? percent or units: refused, not guessed
        "三分之一, problem.plan.coverageFormat",
        "1/3/4, problem.plan.coverageFormat",
        "abc%, problem.plan.coverageFormat",
    })
    void anythingElseIsRefusedWithTheReason(String typed, String key) {
        assertThatThrownBy(() -> CoverageShare.parse(typed)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key).containsExactly(key));
    }
}
