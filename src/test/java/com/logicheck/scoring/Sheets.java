package com.logicheck.scoring;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import java.math.BigDecimal;
import java.util.List;

/** Small hand-made templates for scoring tests, worded like seed 000. */
final class Sheets {
    private Sheets() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static DeductionRule perOccurrence(String label, String points) {
        return new DeductionRule.PerOccurrence(label, d(points));
    }

    static DeductionRule perUnit(String label, String unit, String size, String points) {
        return new DeductionRule.PerUnit(label, unit, d(size), d(points));
    }

    static DeductionRule range(String label, String min, String max, String step) {
        return new DeductionRule.Range(label, d(min), d(max), d(step));
    }

    static TemplateItem item(String code, String max, boolean na, DeductionRule... rules) {
        return new TemplateItem(ChecklistTemplate.itemId("test", 1, code), code, "考评内容" + code, "", "", d(max), na, "",
                List.of(rules));
    }

    static ChecklistTemplate sheet(NaPolicy policy, TemplateSection... sections) {
        BigDecimal total = List.of(sections).stream().map(TemplateSection::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ChecklistTemplate(ChecklistTemplate.versionId("test", 1), "test", 1, "测试考核表",
                ServiceLine.MAINTENANCE, "", total, policy, GradeBands.DEFAULT, List.of(sections));
    }

    static TemplateSection section(String title, String subtotal, TemplateItem... items) {
        return new TemplateSection(title, d(subtotal), List.of(items));
    }
}
