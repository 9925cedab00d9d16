package com.logicheck.bench;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.RuleData;
import com.logicheck.catalog.TemplateData;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The three generated template versions that bring the 9 built-in ones to 12: a 100-item sheet (the one the
 * checklist row opens), a 40-item sheet, and a version 2 of a built-in sheet (older sheets keep version 1).
 */
final class BenchTemplates {
    static final String HUNDRED = "bench-hundred-items";
    static final String FORTY = "bench-forty-items";
    private static final String[] AREAS = {"门诊大厅", "住院病区", "手术部", "医技楼", "行政楼", "后勤楼", "职工食堂",
        "地下车库", "室外道路", "绿化带"};
    private static final String[] TOPICS = {"地面", "墙面", "门窗", "卫生间", "楼梯间", "电梯轿厢", "消防通道", "垃圾暂存点",
        "标识标牌", "值班记录"};

    private final TemplateFiles files;

    BenchTemplates(TemplateFiles files) {
        this.files = files;
    }

    /** The three generated versions, validated. */
    List<ChecklistTemplate> generated() {
        List<ChecklistTemplate> list = List.of(
                grid(HUNDRED, "综合巡检考核表（一百项）", ServiceLine.PROPERTY, 10, 10, new BigDecimal("1")),
                grid(FORTY, "客服巡查考核表（四十项）", ServiceLine.CUSTOMER_SERVICE, 4, 10, new BigDecimal("2.5")),
                secondVersion(new BuiltInTemplates(files).load().get(0)));
        for (ChecklistTemplate t : list) {
            if (!TemplateValidator.check(t).isEmpty()) {
                throw new DomainException(TemplateValidator.check(t));
            }
        }
        return list;
    }

    String contentHash(ChecklistTemplate t) {
        return files.contentHash(t);
    }

    static ChecklistTemplate grid(String code, String title, ServiceLine line, int sections, int perSection,
                                          BigDecimal points) {
        List<TemplateData.SectionData> sectionData = new ArrayList<>();
        BigDecimal half = points.divide(new BigDecimal("2"));
        for (int s = 0; s < sections; s++) {
            List<TemplateData.ItemData> items = new ArrayList<>();
            for (int i = 0; i < perSection; i++) {
                String topic = TOPICS[i % TOPICS.length];
                List<RuleData> rules = i % 3 == 2
                        ? List.of(new RuleData("RANGE", "违反规定", null, null, null, half, points, half))
                        : List.of(new RuleData("PER_OCCURRENCE", "每发现一处", half, null, null, null, null, null),
                                new RuleData("PER_UNIT", "延迟", half, "天", BigDecimal.ONE, null, null, null));
                items.add(new TemplateData.ItemData((s + 1) + "." + (i + 1), AREAS[s % AREAS.length] + topic,
                        AREAS[s % AREAS.length] + topic + "保持整洁完好，按规定频次巡查并记录，发现问题及时处置，无积尘、无破损、无安全隐患",
                        "每发现一处扣" + half.toPlainString() + "分，延迟一天扣" + half.toPlainString() + "分",
                        points, i % 4 == 3, "", rules));
            }
            sectionData.add(new TemplateData.SectionData(AREAS[s % AREAS.length],
                    points.multiply(BigDecimal.valueOf(perSection)), items));
        }
        return new TemplateData(code, 1, title, line, "LogiCheck benchmark (generated)", new BigDecimal("100"),
                NaPolicy.RESCALE, List.of(), sectionData).toTemplate();
    }

    private static ChecklistTemplate secondVersion(ChecklistTemplate builtIn) {
        TemplateData d = TemplateData.from(builtIn);
        return new TemplateData(d.code(), builtIn.version() + 1, d.title() + "（修订）", d.serviceLine(), d.source(),
                d.totalScore(), d.naPolicy(), d.gradeBands(), d.sections()).toTemplate();
    }
}
