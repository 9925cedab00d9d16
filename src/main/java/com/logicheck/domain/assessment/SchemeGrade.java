package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/** 等级 on the scheme's scale, from {@code min} (inclusive); a {@code failing} grade makes the month 不合格. */
public record SchemeGrade(String name, BigDecimal min, boolean failing) {
}
