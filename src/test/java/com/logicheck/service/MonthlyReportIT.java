package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.pdf.ReportPdfWriter;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.xlsx.DeductionRow;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 月服务质量报告 and the Excel deduction list on the demo month (filled once for the class): the data behind the
 * charts, the PDF's own text read back, and the workbook read back with POI.
 */
@DatabaseTest
class MonthlyReportIT {
    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    static AppContext c;
    final Messages messages = Messages.forLanguage("zh");

    @BeforeAll
    static void fill() {
        c = AppContext.open(MigratedTemplate.into(dir), CLOCK);
        new DemoData(c.core().reference(), c.core().templates(), c.inspection().inspections(), c.inspection().service(), c.core().photos(),
                new DemoPhotos(scratch), CLOCK).fill(7);
        new DemoSchemes(c.core().reference(), c.core().schemes(), c.core().templates()).attachHospitalScheme();
    }

    @AfterAll
    static void close() {
        c.close();
    }

    @Test
    void theDemoMonthReportsEveryAssessedProviderWithItsCharts() throws Exception {
        MonthlyReports reports = new MonthlyReports(c.assessment().service(), c.core().reference(), c.core().templates(), messages);
        MonthlyReport report = reports.build(MONTH, Optional.empty(), LocalDate.of(2026, 11, 30));

        assertThat(report.providers()).isNotEmpty();
        MonthlyReport.Section huaan = report.providers().stream()
                .filter(s -> s.provider().equals("华安后勤服务集团有限公司")).findFirst().orElseThrow();
        var live = c.assessment().service().compute(c.core().reference().providers().stream()
                .filter(p -> p.name().equals(huaan.provider())).findFirst().orElseThrow().id(), MONTH);
        assertThat(huaan.total()).isEqualTo(live.total().setScale(2).toPlainString());
        assertThat(huaan.serviceLines()).isNotEmpty().allSatisfy(b ->
                assertThat(b.value()).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
        assertThat(huaan.trend()).hasSize(12);
        assertThat(huaan.trend().get(11).month()).isEqualTo(MONTH);
        assertThat(huaan.trend().get(11).value()).isEqualByComparingTo(live.total());
        assertThat(huaan.trend().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(huaan.topDeductions()).hasSizeBetween(1, 10);
        assertThat(huaan.topDeductions()).extracting(MonthlyReport.Bar::value)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(huaan.summary()).anyMatch(l -> l.startsWith("合计：")).anyMatch(l -> l.startsWith("一票否决："));

        byte[] pdf = new ReportPdfWriter(c.core().font(), messages).write(report);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("月服务质量报告", "本月概览", "华安后勤服务集团有限公司",
                    "各服务类别得分", "近 12 个月月度总分（满分 1000）", "本月最常见扣分项", huaan.total(),
                    "2026-11", "2025-12", "第 1 页，共 " + doc.getNumberOfPages() + " 页");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.28f, Offset.offset(0.1f));
            assertThat(doc.getDocumentInformation().getTitle()).contains("月服务质量报告");
        }

        Optional<UUID> nobody = Optional.of(c.core().reference().addProvider(
                c.core().reference().organisation().orElseThrow().id(), "新签约保洁公司", "新签约").id());
        assertThatThrownBy(() -> reports.build(MONTH, nobody, LocalDate.of(2026, 11, 30)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theReportPrintsTheOrganisationsLogoAndNameAndAMissingLogoPrintsNone() throws Exception {
        MonthlyReport report = new MonthlyReports(c.assessment().service(), c.core().reference(), c.core().templates(), messages)
                .build(MONTH, Optional.empty(), LocalDate.of(2026, 11, 30));
        Path logo = c.dataDirectory().branding().resolve("logo.png");
        Files.createDirectories(logo.getParent());
        ImageIO.write(SignedSheetPdfIT.logo(), "png", logo.toFile());
        try {
            try (PDDocument doc = Loader.loadPDF(new ReportPdfWriter(c.core().font(), messages, c.core().letterhead()).write(report))) {
                assertThat(SignedNoticeIT.imageSizes(doc)).anySatisfy(s -> assertThat(s).containsExactly(160, 80));
                assertThat(new PDFTextStripper().getText(doc))
                        .contains("委托单位：" + c.core().reference().organisation().orElseThrow().name());
            }
        } finally {
            Files.delete(logo);
        }
        try (PDDocument doc = Loader.loadPDF(new ReportPdfWriter(c.core().font(), messages, c.core().letterhead()).write(report))) {
            assertThat(SignedNoticeIT.imageSizes(doc)).isEmpty();
        }
    }

    @Test
    void theExcelListHasOneRowPerDeductionAndEverySheet() throws Exception {
        MonthExport export = new MonthExport(c.assessment().sheets(), c.core().templates(), c.core().reference(), new SheetScorer(),
                messages);
        List<DeductionRow> rows = export.rows(MONTH, Optional.empty());
        long finished = c.inspection().inspections().recent(1000).stream()
                .filter(r -> r.status() == InspectionStatus.FINISHED || r.status() == InspectionStatus.SIGNED).count();
        assertThat(rows.stream().map(r -> r.date() + r.place() + r.template() + r.inspector() + r.sheetScore())
                .distinct().count()).isLessThanOrEqualTo(finished);
        assertThat(rows).filteredOn(r -> r.deduction().signum() > 0).isNotEmpty()
                .allSatisfy(r -> assertThat(r.itemCode()).isNotEmpty());

        byte[] bytes = export.workbook(MONTH, Optional.empty());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2026-11 扣分明细");
            Row head = sheet.getRow(0);
            assertThat(List.of(head.getCell(0).getStringCellValue(), head.getCell(1).getStringCellValue(),
                    head.getCell(2).getStringCellValue(), head.getCell(3).getStringCellValue(),
                    head.getCell(5).getStringCellValue(), head.getCell(6).getStringCellValue(),
                    head.getCell(7).getStringCellValue(), head.getCell(8).getStringCellValue(),
                    head.getCell(9).getStringCellValue()))
                    .containsExactly("检查日期", "服务企业", "地点", "考核表", "项目编号", "考评内容", "扣分", "备注", "检查人");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            DeductionRow first = rows.stream().filter(r -> r.deduction().signum() > 0).findFirst().orElseThrow();
            int index = rows.indexOf(first) + 1;
            Row r = sheet.getRow(index);
            assertThat(r.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.date());
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo(first.provider());
            assertThat(r.getCell(5).getStringCellValue()).isEqualTo(first.itemCode());
            assertThat(r.getCell(6).getStringCellValue()).isEqualTo(first.content());
            assertThat(BigDecimal.valueOf(r.getCell(7).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(first.deduction());
            assertThat(r.getCell(9).getStringCellValue()).isEqualTo(first.inspector());
            assertThat(head.getCell(11).getStringCellValue()).isEqualTo("检查表编号");
            assertThat(r.getCell(11).getStringCellValue()).isEqualTo(first.sheetNumber())
                    .matches(".+-2026-11-[2-9A-Z]{2}-\\d{4}");
        }
        assertThatThrownBy(() -> export.workbook(MONTH.minusYears(1), Optional.empty()))
                .isInstanceOf(DomainException.class);
    }
}
