package com.logicheck.sync;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed record of a month's closing prints the frozen result a person needs to trust it (ADR 0027): components
 * with points, total and grade, veto, the reward or penalty with its computation and the 60% passed down, who closed
 * it and when; the record of a reopening prints its reason and the closing it reopens.
 */
@DatabaseTest
class ClosingRecordPdfIT {
    private static final char[] PASSWORD = "关闭-记录-2026".toCharArray();
    @TempDir
    Path dir;

    @Test
    void theClosingPagePrintsTheFrozenResultAndTheReopeningItsReason() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        try (var c = w.c) {
            w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "none", Map.of());
            w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, LocalDate.of(2026, 11, 20),
                    Map.of("1.1", q("3", "0"), "1.4", q("2")));
            c.assessment().service().close(w.hospitalProvider.id(), NOVEMBER, w.supervisor.id());
            c.assessment().service().reopen(w.hospitalProvider.id(), NOVEMBER, "补录 11 月 25 日的两件投诉",
                    w.supervisor.id());
            Path folder = dir.resolve("folder");
            var result = c.sync().recordExporter().export(folder, w.supervisor, PASSWORD);
            assertThat(result.written()).hasSize(2);

            String closing = text(file(folder, "关闭月度考核"));
            assertThat(closing).contains("服务企业：" + w.hospitalProvider.name(), "月份：2026-11", "关闭人：" + w.supervisor.name(),
                    "关闭时间：2026-12-05", "各组成部分：1.后勤管理委员会检查（权重1000分）：百分制99.5，得995分", "总分：995分（满分1000）", "等级：优秀", "结果：合格",
                    "一票否决：否", "奖惩：奖励2250元", "计算：奖励：高于950分45.00分×50元/分=2250.00元",
                    "落实到执行部门：60%，即1350元");
            String reopening = text(file(folder, "重新打开月度考核"));
            assertThat(reopening).contains("服务企业：" + w.hospitalProvider.name(), "重新打开的原因：补录11月25日的两件投诉",
                    "重新打开的关闭：2026-12-05", "总分995.00优秀");
            assertThat(c.core().recordLog().signed()).extracting(s -> s.record().kind())
                    .containsExactly(SyncRecord.Kind.MONTH_CLOSED, SyncRecord.Kind.MONTH_REOPENED);
        }
    }

    private static Path file(Path folder, String kind) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(kind)).findFirst().orElseThrow();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
