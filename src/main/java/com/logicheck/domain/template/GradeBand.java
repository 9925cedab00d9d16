package com.logicheck.domain.template;

import java.math.BigDecimal;

/** 等级: a named band starting at {@code min} points (inclusive) on the sheet's own scale. */
public record GradeBand(String name, BigDecimal min) {
}
