package com.logicheck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateFilesTest {
    private final TemplateFiles files = new TemplateFiles();

    private static final String GOOD = """
            code: mini
            version: 1
            title: 小型考核表
            serviceLine: MAINTENANCE
            totalScore: 10
            sections:
              - title: 执行力
                subtotal: 10
                items:
                  - code: "1"
                    content: 每天工作记录
                    criteria: 每缺一项扣1分，延迟一天扣0.2分
                    maxScore: 5
                    rules:
                      - { type: PER_OCCURRENCE, label: 每缺一项, points: 1 }
                      - { type: PER_UNIT, label: 延迟, unit: 天, unitSize: 1, points: 0.2 }
                  - code: "2"
                    content: 违反规定
                    criteria: 违反规定扣1~3分
                    maxScore: 5
                    rules:
                      - { type: RANGE, label: 违反规定, min: 1, max: 3 }
            """;

    private ChecklistTemplate read(String yaml) {
        return files.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private List<String> problemKeys(String yaml) {
        try {
            read(yaml);
            return List.of();
        } catch (DomainException e) {
            return e.problems().stream().map(Problem::key).toList();
        }
    }

    @Test
    void readsRulesAndWritesThemBackIdentically() {
        ChecklistTemplate t = read(GOOD);
        assertThat(t.itemCount()).isEqualTo(2);
        assertThat(t.items().toList().get(0).rules()).containsExactly(
                new DeductionRule.PerOccurrence("每缺一项", new BigDecimal("1.00")),
                new DeductionRule.PerUnit("延迟", "天", new BigDecimal("1.00"), new BigDecimal("0.20")));
        assertThat(((DeductionRule.Range) t.items().toList().get(1).rules().get(0)).step()).isEqualByComparingTo("0.5");
        assertThat(read(files.toYaml(t))).isEqualTo(t);
        assertThat(t.id()).isEqualTo(ChecklistTemplate.versionId("mini", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "subtotals off      | 'subtotal: 10'           | 'subtotal: 9'            | problem.template.subtotalsSum",
        "range upside down  | 'min: 1, max: 3'         | 'min: 4, max: 3'         | problem.template.rangeBounds",
        "negative points    | 'points: 1 }'            | 'points: -1 }'           | problem.template.rulePoints",
        "step off the range | 'min: 1, max: 3 }'       | 'min: 1, max: 3, step: 0.7 }' | problem.template.rangeStep",
        "duplicate code     | 'code: \"2\"'            | 'code: \"1\"'            | problem.template.duplicateCode",
        "unknown rule type  | 'type: RANGE'            | 'type: GUESS'            | problem.template.unreadable",
        "unknown field      | 'maxScore: 5\n'          | 'maxScroe: 5\n'          | problem.template.unreadable",
        "not yaml           | 'sections:'              | 'sections: [[['          | problem.template.unreadable",
    })
    void refusesABrokenFileWithAClearReason(String name, String from, String to, String key) {
        String broken = GOOD.replaceFirst(Pattern.quote(from.replace("\\n", "\n")),
                Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertThat(broken).isNotEqualTo(GOOD);
        assertThat(problemKeys(broken)).contains(key);
    }

    @Test
    void everyBuiltInTemplateIsValidAndAddsUpToItsTotal() {
        List<ChecklistTemplate> all = new BuiltInTemplates(files).load();
        assertThat(all).hasSizeGreaterThanOrEqualTo(9);
        assertThat(all).extracting(ChecklistTemplate::code).doesNotHaveDuplicates()
                .contains("hospital-management", "hospital-maintenance", "hospital-security-fire",
                        "hospital-environment", "hospital-customer-service", "college-property",
                        "property-layered-check", "canteen-food-safety");
        for (ChecklistTemplate t : all) {
            assertThat(t.totalScore()).as(t.code()).isEqualByComparingTo("100");
            assertThat(t.itemCount()).as(t.code()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void theMaintenanceSheetCarriesSeed000sWorkRecordRules() {
        ChecklistTemplate t = new BuiltInTemplates(files).load().stream()
                .filter(x -> x.code().equals("hospital-maintenance")).findFirst().orElseThrow();
        assertThat(t.items()).anySatisfy(i -> {
            assertThat(i.content()).contains("工作记录");
            assertThat(i.rules()).hasAtLeastOneElementOfType(DeductionRule.PerUnit.class);
        });
        assertThat(t.items().filter(i -> i.criteria().contains("扣0.2分"))).isNotEmpty();
    }
}
