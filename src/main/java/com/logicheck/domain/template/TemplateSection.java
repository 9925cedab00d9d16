package com.logicheck.domain.template;

import java.math.BigDecimal;
import java.util.List;

/** 项目: a heading of the sheet with its own subtotal (e.g. 执行力40分). */
public record TemplateSection(String title, BigDecimal subtotal, List<TemplateItem> items) {
    public TemplateSection {
        items = List.copyOf(items);
    }
}
