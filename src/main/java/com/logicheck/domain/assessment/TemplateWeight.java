package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/** One template (any version, by code) counted in the inspection component, with its share in percent. */
public record TemplateWeight(String templateCode, BigDecimal percent) {
}
