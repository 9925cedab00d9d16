package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.suites.DatabaseTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 月服务质量报告 reads a closed month's frozen result — its own section and its point in a later month's 12-month
 * trend — and never recomputes it, even when the data now gives another result; an open month is computed from
 * what is there now. November 2026 as in {@link HospitalAssessmentIT}: 995.00 until a sheet of the 25th deducts more.
 */
@DatabaseTest
class FrozenMonthReportIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private static final YearMonth DECEMBER = NOVEMBER.plusMonths(1);
    @TempDir
    Path dir;
    AssessmentWorld w;

    @BeforeEach
    void novemberAt995() {
        w = new AssessmentWorld(dir);
        w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "none", Map.of());
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, LocalDate.of(2026, 11, 20),
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private MonthlyReport.Section hospital(YearMonth month) {
        MonthlyReports reports = new MonthlyReports(w.c.assessment().service(), w.c.core().reference(),
                w.c.core().templates(), ZH);
        return reports.build(month, Optional.of(w.hospitalProvider.id()), LocalDate.of(2026, 12, 5)).providers().get(0);
    }

    private static BigDecimal pointOf(MonthlyReport.Section s, YearMonth month) {
        return s.trend().stream().filter(p -> p.month().equals(month)).findFirst().orElseThrow().value();
    }

    /** A sheet of 25 November deducting 1 point more: November computed afresh drops below 995.00. */
    private void aLaterSheetInNovember() {
        w.sheet(w.hospitalProvider, "hospital-security-fire", InspectionKind.FULL, LocalDate.of(2026, 11, 25),
                Map.of("1.1", q("1")));
    }

    @Test
    void aClosedMonthShowsItsFrozenNumbersWhenARecomputationWouldGiveOthers() {
        AssessmentService service = w.c.assessment().service();
        service.close(w.hospitalProvider.id(), NOVEMBER, w.supervisor.id());
        aLaterSheetInNovember();
        BigDecimal recomputed = service.compute(w.hospitalProvider.id(), NOVEMBER).total();
        assertThat(recomputed).isLessThan(new BigDecimal("995.00"));

        MonthlyReport.Section november = hospital(NOVEMBER);
        assertThat(november.provisional()).isFalse();
        assertThat(november.total()).isEqualTo("995.00");
        assertThat(pointOf(november, NOVEMBER)).isEqualByComparingTo("995.00");
        MonthlyReport.Section december = hospital(DECEMBER);
        assertThat(december.provisional()).isTrue();
        assertThat(pointOf(december, NOVEMBER)).isEqualByComparingTo("995.00");
        assertThat(pointOf(december, NOVEMBER.minusMonths(1))).isNull();
    }

    @Test
    void anOpenMonthsReportFollowsAChangeAndSoDoesAReopenedOne() {
        assertThat(hospital(NOVEMBER).total()).isEqualTo("995.00");
        assertThat(pointOf(hospital(DECEMBER), NOVEMBER)).isEqualByComparingTo("995.00");
        aLaterSheetInNovember();
        BigDecimal now = w.c.assessment().service().compute(w.hospitalProvider.id(), NOVEMBER).total();
        assertThat(now).isLessThan(new BigDecimal("995.00"));
        assertThat(hospital(NOVEMBER).total()).isEqualTo(now.setScale(2).toPlainString());
        assertThat(pointOf(hospital(DECEMBER), NOVEMBER)).isEqualByComparingTo(now);

        AssessmentService service = w.c.assessment().service();
        service.close(w.hospitalProvider.id(), NOVEMBER, w.supervisor.id());
        service.reopen(w.hospitalProvider.id(), NOVEMBER, "补录检查表", w.supervisor.id());
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, LocalDate.of(2026, 11, 27),
                Map.of("1.4", q("1")));
        BigDecimal reopened = service.compute(w.hospitalProvider.id(), NOVEMBER).total();
        assertThat(reopened).isNotEqualByComparingTo(now);
        assertThat(pointOf(hospital(DECEMBER), NOVEMBER)).isEqualByComparingTo(reopened);
    }
}
