package com.logicheck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scheme file format with the options of issue 17: panels, areas, survey categories, complaints off a
 * component, failures within a contract year. Old files read and hash as before; the new fields read and write
 * back; a scheme that does not hold together is refused naming the field, in Chinese and in English.
 */
class SchemeOptionsFilesTest {
    private final SchemeFiles files = new SchemeFiles();

    private static final String FULL = """
            code: options
            version: 1
            title: 学院物业分区域考核
            scale: 100
            components:
              - kind: AREAS
                title: 各区域考核
                weight: 60
                areaMean: WEIGHTED
                areas:
                  - name: 教学楼宇
                    place: 教学楼宇
                    weight: 60
                    parts: [{ name: 主管部门考核, source: SHEETS, percent: 80 }, { name: 服务对象考核, source: ENTERED, percent: 20 }]
                  - name: 学生公寓
                    serviceLine: PROPERTY
                    weight: 40
                    parts: [{ name: 主管部门考核, source: SHEETS, percent: 70 }, { name: 服务对象考核, source: ENTERED, percent: 30 }]
              - kind: PANEL
                title: 成员单位评议
                weight: 30
                panel: { combine: TRIMMED, dropHighest: 1, dropLowest: 1, members: [{ name: 教务处 }, { name: 学生处 }, { name: 保卫处 }] }
              - { kind: SURVEY, title: 满意度, weight: 10 }
            survey:
              maxScore: 100
              dropHighest: 1
              dropLowest: 1
              dissatisfiedBelow: 60
              staffPanel: 0
              studentPanel: 0
              dissatisfiedBy: CATEGORY
              categories: [{ name: 满意, score: 100 }, { name: 基本满意, score: 80 }, { name: 不满意, score: 40, dissatisfied: true }]
            complaints: { multiplier: 2, from: AREAS }
            grades: [{ name: 合格, min: 60 }, { name: 不合格, min: 0, failing: true }]
            money: { type: PER_POINT, penaltyBelow: 80, penaltyPerPoint: 100, rewardAbove: 97, rewardPerPoint: 100 }
            failures:
              - { count: 2, consecutive: true, consequence: RECTIFICATION_DEADLINE }
              - { count: 5, consecutive: false, consequence: RIGHT_TO_TERMINATE, withinContractYear: true }
            """;

    private AssessmentScheme read(String yaml) {
        return files.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "options.yaml");
    }

    @Test
    void theNewFieldsReadAndWriteBack() {
        AssessmentScheme s = read(FULL);
        assertThat(s.component(ComponentKind.AREAS).orElseThrow().areas()).extracting(AreaRule::name)
                .containsExactly("教学楼宇", "学生公寓");
        assertThat(s.component(ComponentKind.AREAS).orElseThrow().areaMean()).isEqualTo(Combine.WEIGHTED);
        assertThat(s.component(ComponentKind.PANEL).orElseThrow().panel().members()).hasSize(3);
        assertThat(s.survey().dissatisfiedBy()).isEqualTo(Dissatisfaction.CATEGORY);
        assertThat(s.complaints().from()).isEqualTo(ComponentKind.AREAS);
        assertThat(s.failureConsequences().get(1).withinContractYear()).isTrue();

        String yaml = files.toYaml(s);
        assertThat(read(yaml)).isEqualTo(s);
        assertThat(files.fromJson(files.toJson(s))).isEqualTo(s);
        assertThat(yaml).contains("areaMean: WEIGHTED", "dissatisfiedBy: CATEGORY", "from: AREAS",
                "withinContractYear: true", "combine: TRIMMED");
    }

    @Test
    void builtInSchemesWriteAndHashExactlyAsBefore() {
        // hashes of the canonical JSON as the version before these options wrote it (computed from that build)
        var hashes = new BuiltInSchemes(files).load().stream().map(s -> s.code() + " " + files.contentHash(s)).toList();
        assertThat(hashes).containsExactlyInAnyOrder(
                "hospital-1000 7ce412f17b889f01fbdc874088eb357ac8d4d4cec1d7c219f096e645d3ca458a",
                "college-60-40 3fb0547fe16e92b9e2aa8e34b138251f28a4a6bf2e4c48cf982b0d632541b8f7");
        for (AssessmentScheme s : new BuiltInSchemes(files).load()) {
            assertThat(files.toYaml(s)).doesNotContain("dissatisfiedBy", "categories", "from:", "withinContractYear",
                    "panel:", "areas:", "areaMean");
        }
    }

    // CHECKSTYLE.OFF: LineLength - a table of cases reads best one case a line
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        area weights 60 + 30          | weight: 40               | weight: 30                  | 考核办法 options 的分区域考核“各区域考核”各区域权重之和为 90%，应为 100%。 | Scheme options: the area weights of "各区域考核" add up to 90%, not 100%.
        area parts 70 + 20            | percent: 30              | percent: 20                 | 考核办法 options 的区域“学生公寓”各组成比例之和为 90%，应为 100%。 | Scheme options: the parts of area "学生公寓" add up to 90%, not 100%.
        trimmed panel of two          | { name: 学生处 }, { name: 保卫处 } | { name: 学生处 }   | 考核办法 options 的评议小组“成员单位评议”只有 2 个成员，去掉 1 个最高分和 1 个最低分后不剩分数，至少需要 3 个成员。 | Scheme options: panel "成员单位评议" has only 2 members; dropping 1 highest and 1 lowest scores leaves none. It needs at least 3 members.
        weighted panel to 90          | combine: TRIMMED, dropHighest: 1, dropLowest: 1, members: [{ name: 教务处 }, { name: 学生处 }, { name: 保卫处 }] | combine: WEIGHTED, members: [{ name: 教务处, weight: 50 }, { name: 学生处, weight: 40 }] | 考核办法 options 的评议小组“成员单位评议”各成员权重之和为 90%，应为 100%。 | Scheme options: the member weights of panel "成员单位评议" add up to 90%, not 100%.
        overlapping grades            | { name: 合格, min: 60 }  | { name: 合格, min: 0 }      | 考核办法 options 的等级“合格”与“不合格”起点分都是 0 分，等级区间重叠。 | Scheme options: grades "合格" and "不合格" both start at 0 points; the grade bands overlap.
        penalty line above reward     | penaltyBelow: 80         | penaltyBelow: 98            | 考核办法 options 的奖惩规则不正确：处罚线 penaltyBelow（98 分）高于奖励线 rewardAbove（97 分），处罚线须不高于奖励线。 | Scheme options: invalid money rule: the penalty line penaltyBelow (98 points) is above the reward line rewardAbove (97 points); the penalty line must not be above the reward line.
        reward line above the scale   | rewardAbove: 97          | rewardAbove: 970            | 考核办法 options 的奖惩规则不正确：rewardAbove（970）须在 0 与 100 之间。 | Scheme options: invalid money rule: rewardAbove (970) must be between 0 and 100.
        complaints off a missing part | from: AREAS              | from: THIRD_PARTY           | 考核办法 options 规定投诉从组成部分 THIRD_PARTY 扣分（complaints.from），但办法中没有该组成部分。 | Scheme options takes complaints off component THIRD_PARTY (complaints.from), but the scheme has no such component.
        no dissatisfied category      | score: 40, dissatisfied: true | score: 40             | 考核办法 options 按答案类别计不满意，但没有哪个类别标为不满意（survey.categories 中 dissatisfied）。 | Scheme options counts dissatisfaction by answer category, but no category is marked dissatisfied (dissatisfied in survey.categories).
        """)
    void aSchemeThatDoesNotHoldTogetherIsRefusedNamingTheField(String name, String from, String to, String zh, String en) {
        String broken = FULL.replace(from, to);
        assertThat(broken).isNotEqualTo(FULL);
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DomainException.class).satisfies(e -> {
            assertThat(new Messages(Messages.CHINESE).problems((DomainException) e).split("\n")).containsExactly(zh);
            assertThat(new Messages(Locale.ENGLISH).problems((DomainException) e).split("\n")).containsExactly(en);
        });
    }
    // CHECKSTYLE.ON: LineLength

    @Test
    void anOldFileReadsAsItAlwaysDid() {
        AssessmentScheme s = read("""
                code: old
                version: 1
                title: 旧办法
                scale: 100
                components: [{ kind: INSPECTION, title: 检查, weight: 100, templates: [{ code: college-property, percent: 100 }] }]
                survey: { maxScore: 100, dropHighest: 1, dropLowest: 1, dissatisfiedBelow: 60, staffPanel: 0, studentPanel: 0 }
                complaints: { multiplier: 2 }
                grades: [{ name: 合格, min: 60 }, { name: 不合格, min: 0, failing: true }]
                failures: [{ count: 5, consecutive: true, consequence: RIGHT_TO_TERMINATE }]
                """);
        assertThat(s.survey().dissatisfiedBy()).isEqualTo(Dissatisfaction.SCORE_BELOW);
        assertThat(s.complaints().from()).isNull();
        assertThat(s.failureConsequences().get(0).withinContractYear()).isFalse();
        assertThat(s.components().get(0).panel()).isNull();
        assertThat(s.components().get(0).areas()).isEqualTo(List.of());
    }
}
