package com.logicheck.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.i18n.Messages;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What the printed 考核表 says (issue 14 item 3): 检查时间 is the inspection's date and time, 签字时间 its own line,
 * the human number in the header and every page footer, finding and template remark in separate columns, the plain
 * footer, and the 盖章 box only when the template asks for it.
 */
class SheetPdfLayoutTest {
    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-11-08T09:12:00+08:00");
    private static final OffsetDateTime FINISHED = OffsetDateTime.parse("2026-11-08T09:40:30+08:00");
    private static final OffsetDateTime SIGNED = OffsetDateTime.parse("2026-12-07T14:03:00+08:00");

    private static SheetPrint sheet(boolean seal) {
        SheetPrint.Row row = new SheetPrint.Row("A1", "地面清洁", "无积水、无纸屑", "每处扣0.5分", new BigDecimal("5"), "1",
                "4", List.of("扣分依据：每处×2", "说明：走廊积水两处"), "夜班重点检查");
        SheetPrint.Section section = new SheetPrint.Section("公共区域", new BigDecimal("5"), BigDecimal.ONE,
                new BigDecimal("4"), List.of(row));
        SheetPrint.Signer inspector = new SheetPrint.Signer("检查人", "张伟", null, null, SIGNED);
        return new SheetPrint("保洁考核表", "示例县人民医院", "康洁物业", "东院 / 门诊楼", "抽查", STARTED, FINISHED, SIGNED,
                UUID.fromString("d304bdd9-0000-4000-8000-000000000001"), "东院-2026-11-K7-0042", 1, null,
                new BigDecimal("100"), new BigDecimal("99"), "优秀", List.of(section), List.of(inspector), List.of(),
                "{}".getBytes(), "inspection-record.json", seal, new SheetPrint.Presence(false, List.of(), null));
    }

    private static String text(SheetPrint sheet, Messages messages) throws Exception {
        byte[] pdf = new SheetPdfWriter(new CjkFont(), messages).write(sheet);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\x0B\\f\\r]+", "");
        }
    }

    @Test
    void timesNumberColumnsFooterAndSealBoxInChinese() throws Exception {
        String text = text(sheet(true), new Messages(Messages.CHINESE));
        String flat = text.replace("\n", "");
        assertThat(flat).contains("检查时间：2026年11月8日09:12–09:40", "签字时间：2026年12月7日14:03",
                "编号：东院-2026-11-K7-0042（第1版）", "扣分说明", "备注", "夜班重点检查", "说明：走廊积水两处",
                "本表已电子签名，任何改动都会被发现；可用LogiCheck验证。", "服务企业（盖章）：")
                .doesNotContain("PAdES", "logicheckverify", "d304bdd9");
        assertThat(text.split("东院-2026-11-K7-0042", -1).length - 1).as("header and page footer").isGreaterThanOrEqualTo(2);
        assertThat(flat.indexOf("夜班重点检查")).as("the template's remark is not in the finding cell")
                .isGreaterThan(flat.indexOf("说明：走廊积水两处"));
    }

    @Test
    void noSealBoxUnlessTheTemplateAsks() throws Exception {
        assertThat(text(sheet(false), new Messages(Messages.CHINESE))).doesNotContain("盖章");
    }

    @Test
    void englishSheetsSayTheSameInEnglish() throws Exception {
        String flat = text(sheet(true), new Messages(Locale.ENGLISH)).replace("\n", "");
        assertThat(flat).contains("Inspectedon:2026-11-809:12–09:40", "Signedat:2026-12-714:03", "Findings",
                "Thissheetissignedelectronically:anychangetoitwillbedetected.CheckitwithLogiCheck.", "Provider'sseal:");
    }
}
