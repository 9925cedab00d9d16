package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.AreaRule.Source;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.AreaResult;
import com.logicheck.domain.assessment.ComponentResult.PanelResult;
import com.logicheck.domain.assessment.ComponentResult.PartResult;
import com.logicheck.domain.assessment.MonthScores.PanelScore;
import com.logicheck.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Panel and area components explain their arithmetic in words, in Chinese and English. */
class AssessmentTextPartsTest {
    final AssessmentText zh = new AssessmentText(Messages.forLanguage("zh"));
    final AssessmentText en = new AssessmentText(Messages.forLanguage("en"));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void areasShowEachMixAndTheirMean() {
        ComponentResult c = new ComponentResult(ComponentKind.AREAS, "各区域考核", d("100"), true, d("87.80"), d("87.80"),
                null, null, null, null, null, List.of(
                new AreaResult("教学楼宇", null, List.of(new PartResult("主管部门考核", Source.ENTERED, d("80"), d("89.00"), 0),
                        new PartResult("服务对象考核", Source.ENTERED, d("20"), d("92.00"), 0)), d("89.60")),
                new AreaResult("学生公寓", null, List.of(new PartResult("主管部门考核", Source.SHEETS, d("80"), d("85.00"), 2),
                        new PartResult("服务对象考核", Source.ENTERED, d("20"), d("90.00"), 0)), d("86.00"))));
        assertThat(zh.partFormulas(c)).containsExactly(
                "区域“教学楼宇”：主管部门考核 89 × 80% + 服务对象考核 92 × 20% = 89.60 分",
                "区域“学生公寓”：主管部门考核（2 张检查表平均）85 × 80% + 服务对象考核 90 × 20% = 86.00 分",
                "各区域平均：（89.60 + 86.00）÷ 2 = 87.80 分",
                "87.80 分 × 100 ÷ 100 = 87.80 分");
        assertThat(en.partFormulas(c).get(1))
                .isEqualTo("Area \"学生公寓\": 主管部门考核 (mean of 2 sheets) 85 × 80% + 服务对象考核 90 × 20% = 86.00 points");
    }

    @Test
    void aTrimmedPanelNamesWhatWasDropped() {
        ComponentResult c = new ComponentResult(ComponentKind.PANEL, "成员单位评议", d("40"), true, d("88.75"), d("35.50"),
                null, null, null, null, new PanelResult(Combine.TRIMMED, List.of(new PanelScore("教务处", d("88")),
                new PanelScore("团委", d("95")), new PanelScore("资产处", d("79"))), List.of(d("95")), List.of(d("79")),
                d("88.75")), List.of());
        assertThat(zh.partFormulas(c)).containsExactly("评议小组评分：教务处 88；团委 95；资产处 79",
                "去掉最高分 95.00、最低分 79.00 后平均 = 88.75 分", "88.75 分 × 40 ÷ 100 = 35.50 分");
        assertThat(en.partFormulas(c).get(1)).isEqualTo("Mean after dropping the highest 95.00 and the lowest 79.00 = 88.75 points");
    }
}
