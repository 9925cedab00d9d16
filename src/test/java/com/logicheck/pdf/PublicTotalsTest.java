package com.logicheck.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.pdf.MonthlyReport.Section;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 公示 column header names the full marks only when every provider has the same; otherwise each total says its own. */
class PublicTotalsTest {

    static Section scored(String provider, String total, String scale) {
        return new Section(provider, total, "良好", false, List.of(), List.of(), new BigDecimal(scale), List.of(),
                List.of(), List.of(), "0.00", false);
    }

    @Test
    void oneScaleIsNamedInTheHeader() {
        assertThat(ReportPdfWriter.commonScale(List.of(scored("华安后勤", "934.00", "1000.00"),
                scored("美膳餐饮", "901.50", "1000")))).contains("1000");
    }

    @Test
    void aCollegeOutOf100BesideA1000HospitalLeavesTheHeaderWithoutFullMarks() {
        assertThat(ReportPdfWriter.commonScale(List.of(scored("华安后勤", "934.00", "1000"),
                scored("启明物业", "88.00", "100")))).isEmpty();
    }
}
