package com.logicheck.domain.template;

import com.logicheck.domain.ServiceLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * 考核表模板, one immutable version of it. {@code id} identifies this version; {@code code} the template
 * across versions. Ids are derived from code and version, so the same version has the same ids on every laptop.
 */
public record ChecklistTemplate(UUID id, String code, int version, String title, ServiceLine serviceLine,
                                String source, BigDecimal totalScore, NaPolicy naPolicy, GradeBands gradeBands,
                                List<TemplateSection> sections) {
    public ChecklistTemplate {
        sections = List.copyOf(sections);
    }

    public Stream<TemplateItem> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public Optional<TemplateItem> item(UUID itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public static UUID versionId(String code, int version) {
        return UUID.nameUUIDFromBytes(("template:" + code + ":" + version).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID itemId(String code, int version, String itemCode) {
        return UUID.nameUUIDFromBytes(("item:" + code + ":" + version + ":" + itemCode)
                .getBytes(StandardCharsets.UTF_8));
    }
}
