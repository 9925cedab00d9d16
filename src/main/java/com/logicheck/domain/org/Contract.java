package com.logicheck.domain.org;

import com.logicheck.domain.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** 托管合同: service lines, monthly management fee (管理费) and performance bond (履约保证金). */
public record Contract(UUID id, UUID providerId, String title, Set<ServiceLine> serviceLines,
                       BigDecimal monthlyFee, BigDecimal performanceBond, LocalDate startsOn, LocalDate endsOn) {
    public Contract {
        serviceLines = Set.copyOf(serviceLines);
    }
}
