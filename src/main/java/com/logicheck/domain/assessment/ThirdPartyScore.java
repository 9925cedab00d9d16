package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/** 第三方评价: the month's score (0–100) from an outside evaluator. */
public record ThirdPartyScore(String evaluator, BigDecimal score, String note) {
    public ThirdPartyScore {
        note = note == null ? "" : note;
    }
}
