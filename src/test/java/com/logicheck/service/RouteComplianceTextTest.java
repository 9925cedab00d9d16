package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The monthly report's 巡检路线 line: only when points were due, with the 有效巡检率 in both languages. */
class RouteComplianceTextTest {
    @Test
    void aProviderWithDuePointsGetsOneLineAndOneWithoutNone() {
        assertThat(RouteComplianceText.line(new Tally(5, 2, 1, 30), Messages.forLanguage("zh")))
                .contains("巡检路线：本月到期点次 8，按时 5，迟到 2，漏检 1，有效巡检率 62.5%（仅供参考，不计入考核得分）。");
        assertThat(RouteComplianceText.line(new Tally(5, 2, 1, 30), Messages.forLanguage("en")))
                .contains("Routes: 8 point visits due this month, 5 on time, 2 late, 1 missed; effective rate 62.5% "
                        + "(for information; not part of the score).");
        assertThat(RouteComplianceText.line(new Tally(0, 0, 0, 12), Messages.forLanguage("zh"))).isEmpty();
        assertThat(RouteComplianceText.line(null, Messages.forLanguage("zh"))).isEmpty();
    }
}
