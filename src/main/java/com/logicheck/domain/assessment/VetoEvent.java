package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded ground for 一票否决 with its evidence (文件编号, 事故报告 …). For a safety accident {@code loss} is the
 * economic loss in 元 and {@code casualties} the number of people hurt or killed.
 */
public record VetoEvent(UUID id, VetoType type, LocalDate occurredOn, String evidence, BigDecimal loss,
                        int casualties) {
}
