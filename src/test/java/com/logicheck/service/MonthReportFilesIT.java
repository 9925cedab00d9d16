package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.ScreenParts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.files.WriteFault;
import com.logicheck.i18n.Messages;
import com.logicheck.service.MonthReportFiles.Outcome;
import com.logicheck.service.MonthReportFiles.Standing;
import com.logicheck.suites.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * 月度报告 through the one service call of the CLI and the screen: a provider without a scheme is named with the
 * reason in the outcome and in the PDF; the report and the 公示 page are PDF/A-3b (veraPDF); the Excel carries the
 * sheet's printed 编号; a month without data, a folder that cannot be written and 取消 leave no file behind.
 */
@DatabaseTest
class MonthReportFilesIT {
    static final String CANTEEN = "美膳餐饮管理有限公司";
    @TempDir
    Path dir;
    AssessmentWorld w;
    MonthReportFiles reports;
    Inspection sheet;
    Path out;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir.resolve("data"));
        w.providerWithoutScheme(CANTEEN, "美膳餐饮");
        sheet = w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, 2),
                Map.of("1.1", q("1", "0")));
        reports = ScreenParts.reports(w.c, Messages.forLanguage("zh"));
        out = dir.resolve("out");
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    void writesTheReportThePublicPageAndTheExcelAndNamesTheProviderWithoutAScheme() throws Exception {
        Outcome done = reports.write(reports.inFolder(out, NOVEMBER, Optional.empty(), null, true, true, true),
                MonthReportFiles.Progress.NONE);

        assertThat(done.cancelled()).isFalse();
        assertThat(done.written()).hasSize(3).allSatisfy(p -> assertThat(p).exists());
        assertThat(done.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("月服务质量报告_2026-11.pdf", "考核结果公示_2026-11.pdf", "扣分明细_2026-11.xlsx");
        assertThat(done.providers()).anySatisfy(l -> {
            assertThat(l.provider()).isEqualTo(CANTEEN);
            assertThat(l.standing()).isEqualTo(Standing.OMITTED);
            assertThat(l.reason()).contains("没有指定考核办法");
        });
        assertThat(done.providers()).anySatisfy(l -> {
            assertThat(l.provider()).isEqualTo(w.hospitalProvider.name());
            assertThat(l.standing()).as("November is not closed").isEqualTo(Standing.PROVISIONAL);
        });

        byte[] pdf = Files.readAllBytes(done.written().get(0));
        String text = text(pdf);
        assertThat(text).contains("未列入本报告的服务企业", CANTEEN, "没有本月的考核结果", "没有指定考核办法",
                "尚未结账", w.hospitalProvider.name());
        assertThat(pdfaFailures(pdf)).as("veraPDF on the report").isEmpty();

        byte[] notice = Files.readAllBytes(done.written().get(1));
        try (PDDocument doc = Loader.loadPDF(notice)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(notice)).contains("考核结果公示", "序号", "服务企业", "等级", "考核金额", w.hospitalProvider.name(),
                w.collegeProvider.name(), "暂定", CANTEEN, "没有指定考核办法");
        assertThat(pdfaFailures(notice)).as("veraPDF on the 公示 page").isEmpty();

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(done.written().get(2)))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(0).getCell(11).getStringCellValue()).isEqualTo("检查表编号");
            assertThat(s.getRow(1).getCell(11).getStringCellValue())
                    .isEqualTo(sheet.displayNumber()).startsWith("东院区-2026-11-"); // the 检查表编号 the PDF prints (ADR 0039)
        }
        assertThat(done.excelRows()).isEqualTo(1);
    }

    @Test
    void theReportOfOneProviderWithoutASchemeIsRefusedWithTheReasonAndWritesNothing() {
        Provider canteen = w.c.core().reference().providers().stream().filter(p -> p.name().equals(CANTEEN))
                .findFirst().orElseThrow();
        w.sheet(canteen, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, 3), Map.of());
        assertThatThrownBy(() -> reports.write(reports.inFolder(out, NOVEMBER, Optional.of(canteen.id()), "美膳餐饮",
                true, true, true), MonthReportFiles.Progress.NONE))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(Messages.forLanguage("zh").problems((DomainException) e))
                        .contains("2026-11 没有任何服务企业的考核结果，没有写入任何文件。", "没有指定考核办法"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aMonthWithoutDataIsRefusedAndNoFileIsLeft() throws IOException {
        Files.createDirectories(out);
        assertThatThrownBy(() -> reports.write(reports.inFolder(out, YearMonth.of(2026, 10), Optional.empty(), null,
                true, true, true), MonthReportFiles.Progress.NONE))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(Messages.forLanguage("zh").problems((DomainException) e))
                        .isEqualTo("2026-10 没有已完成或已签字的检查表，没有可报告的数据；没有写入任何文件。"));
        assertThat(list(out)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedAndNothingIsHalfWritten() throws IOException {
        Files.createDirectories(out);
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "in the way");
        // the PDFs go to a good folder, the Excel to a "folder" that is a file: nothing may be written anywhere
        MonthReportFiles.Request request = new MonthReportFiles.Request(NOVEMBER, Optional.empty(),
                out.resolve("report.pdf"), out.resolve("public.pdf"), notAFolder.resolve("deductions.xlsx"));
        assertThatThrownBy(() -> reports.write(request, MonthReportFiles.Progress.NONE))
                .isInstanceOf(WriteFault.class)
                .satisfies(e -> assertThat(Messages.forLanguage("zh").problems((DomainException) e)).contains("a-file"));
        assertThat(list(out)).as("no report, no public page, no .part file").isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void cancelBeforeOrAfterTheFilesAreStagedLeavesNoFile() throws IOException {
        for (int stopAt = 1; stopAt <= 6; stopAt++) {
            Path folder = Files.createDirectories(out.resolve("run" + stopAt));
            int limit = stopAt;
            int[] asked = {0};
            MonthReportFiles.Progress progress = new MonthReportFiles.Progress() {
                @Override
                public boolean cancelled() {
                    return ++asked[0] >= limit;
                }
            };
            Outcome done = reports.write(reports.inFolder(folder, NOVEMBER, Optional.empty(), null, true, true, true),
                    progress);
            assertThat(done.cancelled()).as("cancelled at question %d", stopAt).isTrue();
            assertThat(done.written()).isEmpty();
            assertThat(list(folder)).as("cancelled at question %d", stopAt).isEmpty();
        }
    }

    @Test
    void nothingAskedForIsRefused() {
        assertThatThrownBy(() -> reports.write(new MonthReportFiles.Request(NOVEMBER, Optional.empty(), null, null, null),
                MonthReportFiles.Progress.NONE)).isInstanceOf(DomainException.class);
    }

    /** The PDF's text with the line breaks of wrapped lines taken out. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\R", "");
        }
    }

    /** veraPDF's PDF/A-3b failures, as {@code SignedSheetPdfIT} checks the sheets. */
    static List<String> pdfaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (failures.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failures;
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
