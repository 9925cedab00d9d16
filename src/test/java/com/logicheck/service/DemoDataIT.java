package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.persistence.InspectionRepository.InspectionRow;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class DemoDataIT {
    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    @Test
    void fillsARealisticMonthOnEveryTemplateAndOnlyOnce() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir), clock)) {
            DemoData demo = new DemoData(c.core().reference(), c.core().templates(), c.inspection().inspections(), c.inspection().service(),
                    c.core().photos(), new DemoPhotos(scratch), clock);
            DemoData.Summary summary = demo.fill(7);
            assertThat(summary.providers()).isEqualTo(5);
            assertThat(summary.sheets()).isBetween(30, 90);

            var finished = c.inspection().inspections().recent(1000);
            assertThat(finished).hasSize(summary.sheets() - 1).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(InspectionStatus.FINISHED);
                assertThat(r.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            });
            assertThat(c.inspection().inspections().drafts()).hasSize(1);
            assertThat(finished.stream().map(InspectionRow::templateTitle).collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(8);
            assertThat(finished.stream().filter(r -> r.score().compareTo(new BigDecimal("100")) < 0)).isNotEmpty();
            long photos = finished.stream().mapToLong(r -> c.core().photos().photos(r.id()).size()).sum();
            assertThat(photos).isPositive();

            assertThatThrownBy(() -> demo.fill(8)).isInstanceOf(DomainException.class);
        }
    }
}
