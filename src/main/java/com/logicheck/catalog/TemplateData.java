package com.logicheck.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.GradeBand;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import java.math.BigDecimal;
import java.util.List;

/** The data-file form of a template version (see src/docs/template-format.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateData(String code, int version, String title, ServiceLine serviceLine, String source,
                           BigDecimal totalScore, NaPolicy naPolicy, List<GradeBandData> gradeBands,
                           List<SectionData> sections) {

    public record GradeBandData(String name, BigDecimal min) {
    }

    public record SectionData(String title, BigDecimal subtotal, List<ItemData> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemData(String code, String content, String requirement, String criteria, BigDecimal maxScore,
                           Boolean naAllowed, String remark, List<RuleData> rules) {
    }

    public ChecklistTemplate toTemplate() {
        if (code == null || code.isBlank() || version < 1) {
            throw new IllegalArgumentException("code and version ≥ 1 are required");
        }
        List<TemplateSection> domainSections = nonNull(sections).stream().map(s -> new TemplateSection(s.title(),
                RuleData.n(s.subtotal() == null ? BigDecimal.ZERO : s.subtotal()),
                nonNull(s.items()).stream().map(this::toItem).toList())).toList();
        GradeBands bands = gradeBands == null || gradeBands.isEmpty() ? GradeBands.DEFAULT
                : new GradeBands(gradeBands.stream().map(b -> new GradeBand(b.name(), RuleData.n(b.min()))).toList());
        return new ChecklistTemplate(ChecklistTemplate.versionId(code, version), code, version, title,
                serviceLine == null ? ServiceLine.PROPERTY : serviceLine, source == null ? "" : source,
                RuleData.n(totalScore == null ? new BigDecimal("100") : totalScore),
                naPolicy == null ? NaPolicy.RESCALE : naPolicy, bands, domainSections);
    }

    private TemplateItem toItem(ItemData i) {
        if (i.code() == null || i.code().isBlank()) {
            throw new IllegalArgumentException("an item without code in section of " + code);
        }
        return new TemplateItem(ChecklistTemplate.itemId(code, version, i.code()), i.code(), i.content(),
                i.requirement(), i.criteria() == null ? "" : i.criteria(), RuleData.n(i.maxScore()),
                Boolean.TRUE.equals(i.naAllowed()), i.remark(),
                nonNull(i.rules()).stream().map(RuleData::toRule).toList());
    }

    public static TemplateData from(ChecklistTemplate t) {
        return new TemplateData(t.code(), t.version(), t.title(), t.serviceLine(), t.source(), t.totalScore(),
                t.naPolicy(), t.gradeBands().bands().stream().map(b -> new GradeBandData(b.name(), b.min())).toList(),
                t.sections().stream().map(s -> new SectionData(s.title(), s.subtotal(), s.items().stream()
                        .map(i -> new ItemData(i.code(), i.content(), i.requirement(), i.criteria(), i.maxScore(),
                                i.naAllowed(), i.remark(), i.rules().stream().map(RuleData::from).toList()))
                        .toList())).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
