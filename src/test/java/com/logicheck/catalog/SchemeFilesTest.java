package com.logicheck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ConsequenceType;
import com.logicheck.domain.assessment.MoneyRule;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built-in schemes reproduce DOMAIN.md's numbers; broken scheme files are refused with a clear message. */
class SchemeFilesTest {
    private final SchemeFiles files = new SchemeFiles();
    private final List<AssessmentScheme> builtIns = new BuiltInSchemes(files).load();

    private AssessmentScheme builtIn(String code) {
        return builtIns.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theHospitalSchemeIsTheThousandPointSystemOfSeed000() {
        AssessmentScheme h = builtIn("hospital-1000");
        assertThat(h.scale()).isEqualByComparingTo("1000");
        assertThat(h.components()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ComponentKind.INSPECTION);
            assertThat(c.weight()).isEqualByComparingTo("1000");
            assertThat(c.templates()).hasSize(5).allSatisfy(t -> assertThat(t.percent()).isEqualByComparingTo("20"));
        });
        MoneyRule.PerPoint money = (MoneyRule.PerPoint) h.money();
        assertThat(money.penaltyBelow()).isEqualByComparingTo("850");
        assertThat(money.penaltyPerPoint()).isEqualByComparingTo("50");
        assertThat(money.rewardAbove()).isEqualByComparingTo("950");
        assertThat(money.rewardPerPoint()).isEqualByComparingTo("50");
        assertThat(h.passDownPercent()).isEqualByComparingTo("60");
        assertThat(h.requiredInspections().fullPerMonth()).isEqualTo(1);
        assertThat(h.requiredInspections().spotChecksPerQuarter()).isEqualTo(2);
        assertThat(h.vetoes()).isEmpty();
    }

    @Test
    void theCollegeSchemeIsSixtyFortyWithVetoesAndBondMoney() {
        AssessmentScheme c = builtIn("college-60-40");
        assertThat(c.scale()).isEqualByComparingTo("100");
        assertThat(c.component(ComponentKind.INSPECTION).orElseThrow().weight()).isEqualByComparingTo("60");
        assertThat(c.component(ComponentKind.SURVEY).orElseThrow().weight()).isEqualByComparingTo("40");
        assertThat(c.survey().dropHighest()).isEqualTo(1);
        assertThat(c.survey().dropLowest()).isEqualTo(1);
        assertThat(c.survey().staffPanel()).isEqualTo(10);
        assertThat(c.survey().studentPanel()).isEqualTo(20);
        assertThat(c.complaints().multiplier()).isEqualByComparingTo("2");
        assertThat(c.veto(VetoType.SAFETY_ACCIDENT).orElseThrow().minLoss()).isEqualByComparingTo("10000");
        assertThat(c.veto(VetoType.SAFETY_ACCIDENT).orElseThrow().casualties()).isTrue();
        assertThat(c.veto(VetoType.DISSATISFACTION).orElseThrow().rateAbove()).isEqualByComparingTo("40");
        assertThat(c.veto(VetoType.WRITTEN_CRITICISM)).isPresent();
        assertThat(c.veto(VetoType.IGNORED_REQUIREMENTS)).isPresent();
        MoneyRule.BondPercent money = (MoneyRule.BondPercent) c.money();
        assertThat(money.failPercent()).isEqualByComparingTo("1");
        assertThat(money.rewardFrom()).isEqualByComparingTo("90");
        assertThat(money.rewardPercent()).isEqualByComparingTo("1");
        assertThat(c.failureConsequences()).extracting(f -> f.count() + " " + f.consecutive() + " " + f.consequence())
                .containsExactly("2 true " + ConsequenceType.RECTIFICATION_DEADLINE,
                        "5 true " + ConsequenceType.RIGHT_TO_TERMINATE);
        assertThat(c.grades()).extracting(g -> g.name() + " " + g.min().toPlainString() + " " + g.failing())
                .containsExactly("优秀 90.00 false", "合格 80.00 false", "基本合格 70.00 false", "不合格 0.00 true");
    }

    @Test
    void aSchemeReadsBackFromYamlAndJsonExactly() {
        for (AssessmentScheme s : builtIns) {
            AssessmentScheme fromYaml = files.read(new ByteArrayInputStream(files.toYaml(s).getBytes(StandardCharsets.UTF_8)), "x");
            assertThat(fromYaml).isEqualTo(s);
            assertThat(files.fromJson(files.toJson(s))).isEqualTo(s);
            assertThat(files.contentHash(fromYaml)).isEqualTo(files.contentHash(s));
        }
    }

    private static final String VALID = """
            code: test
            version: 1
            title: 测试办法
            scale: 100
            components:
              - { kind: INSPECTION, title: 检查, weight: 60, templates: [{ code: college-property, percent: 100 }] }
              - { kind: SURVEY, title: 调查, weight: 40 }
            survey: { maxScore: 100, dropHighest: 1, dropLowest: 1, dissatisfiedBelow: 60, staffPanel: 0, studentPanel: 0 }
            grades: [{ name: 合格, min: 60 }, { name: 不合格, min: 0, failing: true }]
            """;

    @Test
    void theValidExampleLoads() {
        assertThat(read(VALID).components()).hasSize(2);
    }

    // CHECKSTYLE.OFF: LineLength - a table of cases reads best one case a line
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        weights 60 + 30 on 100     | weight: 40 }                                  | weight: 30 }                                | 考核办法 test 各组成部分的权重之和为 90 分，应等于总分 100 分。
        template percents to 80    | percent: 100 }                                | percent: 80 }                               | 考核办法 test 的检查考核“检查”中各考核表权重之和为 80%，应为 100%。
        no survey rule             | survey: { maxScore: 100, dropHighest: 1, dropLowest: 1, dissatisfiedBelow: 60, staffPanel: 0, studentPanel: 0 } | survey: | 考核办法 test 有满意率测评或不满意率否决，但没有规定调查规则。
        lowest grade not at 0      | min: 0, failing: true                         | min: 10, failing: true                      | 考核办法 test 最低一个等级须从 0 分开始。
        two survey components      | kind: INSPECTION, title: 检查, weight: 60, templates: [{ code: college-property, percent: 100 }] | kind: SURVEY, title: 检查, weight: 60 | 考核办法 test 中“调查”与另一组成部分类型相同，每种类型只能有一个。
        """)
    void aSchemeThatDoesNotHoldTogetherIsRefusedClearly(String name, String from, String to, String message) {
        String broken = VALID.replace(from, to);
        assertThat(broken).isNotEqualTo(VALID);
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(new Messages(Messages.CHINESE).problems((DomainException) e)).contains(message));
    }
    // CHECKSTYLE.ON: LineLength

    @Test
    void moneyThresholdsOutOfOrderAreRefused() {
        String broken = VALID + "money: { type: PER_POINT, penaltyBelow: 95, penaltyPerPoint: 50, rewardAbove: 85, rewardPerPoint: 50 }\n";
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.scheme.money"));
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> read(VALID + "bonus: 5\n")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.scheme.unreadable"));
    }

    private AssessmentScheme read(String yaml) {
        return files.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
