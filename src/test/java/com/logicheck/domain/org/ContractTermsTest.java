package com.logicheck.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 合同条款 as typed: amounts in 元 the way people write them, and the rules a contract must keep. */
class ContractTermsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"128000|128000", "128,000.50|128000.50", "500000元|500000", " 0 |0",
            "12，000|12000"})
    void amountsAreReadAsPeopleWriteThem(String typed, String expected) {
        assertThat(ContractTerms.amount(typed, ContractTerms.Amount.FEE)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"五万|problem.refdata.bondNotNumber", "''|problem.refdata.bondMissing",
            "1e|problem.refdata.bondNotNumber"})
    void aBadAmountNamesItsField(String typed, String key) {
        assertThatThrownBy(() -> ContractTerms.amount(typed, ContractTerms.Amount.BOND))
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-0.01|0|2026-01-01|2026-12-31|problem.refdata.feeNegative",
            "0|1.005|2026-01-01||problem.refdata.bondCents",
            "0|0|2026-01-01|2025-12-31|problem.refdata.contractEndsBeforeStart",
            "1000000000000|0|2026-01-01||problem.refdata.feeTooLarge"})
    void brokenTermsAreRefused(String fee, String bond, String start, String end, String key) {
        Contract c = new Contract(UUID.randomUUID(), UUID.randomUUID(), "保洁托管合同", Set.of(ServiceLine.ENVIRONMENT),
                new BigDecimal(fee), new BigDecimal(bond), LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
        assertThatThrownBy(() -> ContractTerms.check(c))
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key).containsExactly(key));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-01-01|2026-01-01", "2026-01-01|"})
    void aOneDayOrOpenEndedContractIsFine(String start, String end) {
        Contract c = new Contract(UUID.randomUUID(), UUID.randomUUID(), " 保洁托管合同 ", Set.of(ServiceLine.ENVIRONMENT),
                new BigDecimal("180000"), BigDecimal.ZERO, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
        Contract ok = ContractTerms.check(c);
        assertThat(ok.title()).isEqualTo("保洁托管合同");
        assertThat(ok.monthlyFee()).isEqualTo(new BigDecimal("180000.00"));
    }
}
