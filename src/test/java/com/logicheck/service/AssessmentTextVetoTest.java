package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The veto lines never print an empty placeholder such as 「损失达 - 元」 (issue 13 item 4). */
class AssessmentTextVetoTest {
    final AssessmentText zh = new AssessmentText(Messages.forLanguage("zh"));
    final AssessmentText en = new AssessmentText(Messages.forLanguage("en"));

    static VetoResult.Finding event(BigDecimal loss, BigDecimal threshold) {
        return new VetoResult.Finding(VetoType.SAFETY_ACCIDENT, UUID.randomUUID(), LocalDate.of(2026, 11, 3), "事故报告 7 号",
                loss, 0, null, threshold, threshold != null, false);
    }

    @Test
    void aSchemeWithoutALossThresholdAndAnUnknownLossSayNoDash() {
        List<String> lines = zh.vetoLines(new VetoResult(false, List.of(event(null, null))));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("损失 未填写，伤亡 0 人").doesNotContain("损失达").doesNotContain(" - ");
        assertThat(en.vetoLines(new VetoResult(false, List.of(event(null, null)))).get(1))
                .contains("loss not given, 0 casualties").doesNotContain(" - ");
    }

    @Test
    void aThresholdAndALossReadAsBefore() {
        List<String> lines = zh.vetoLines(new VetoResult(false, List.of(event(new BigDecimal("1200"),
                new BigDecimal("50000")))));
        assertThat(lines.get(1)).contains("损失 1200.00 元，伤亡 0 人（损失达 50000.00 元或有伤亡即否决）→ 不构成否决");
    }
}
