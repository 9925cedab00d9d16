package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.files.Sha256;
import com.logicheck.pdf.PdfVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The 检查表编号 travels in the record only when the sheet has one: a record of a sheet from before numbers is
 * byte for byte (and so hash for hash) what it was, and a numbered one reads back with its number (ADR 0039).
 */
class SheetRecordNumberTest {
    private static final UUID ID = UUID.fromString("d304bdd9-1111-4000-8000-000000000001");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-08T09:12:00+08:00");

    private static SheetRecord record(String number) {
        return new SheetRecord(SheetRecord.SCHEMA_VERSION, SheetRecord.FORMAT,
                new SheetRecord.InspectionPart(ID, 1, null, "SIGNED", "FULL", AT, AT.plusMinutes(28), AT.plusDays(1),
                        UUID.fromString("00000000-0000-4000-8000-00000000000d"), number),
                null, "示例县人民医院", null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void aRecordWithoutANumberHasTheFieldsItHadBeforeNumbers() {
        JsonNode inspection = SheetRecords.tree(SheetRecords.json(record(null))).get("inspection");
        List<String> names = new ArrayList<>();
        inspection.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "revision", "supersedesId", "status", "kind", "startedAt", "finishedAt",
                "signedAt", "originDevice");
    }

    @Test
    void theRecordOfASheetSignedBeforeNumbersReadsAndWritesBackByteForByte() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/sync/compat/2026-12-03_客服及监督_配电房_张伟_70fe31e3_253a13b3aa20.pdf"));
        byte[] embedded = PdfVerifier.embeddedRecord(pdf, SheetRecord.FILE_NAME);
        SheetRecord old = SheetRecords.parse(embedded);
        assertThat(old.inspection().sheetNumber()).isNull();
        assertThat(Sha256.hex(SheetRecords.json(old))).isEqualTo(Sha256.hex(embedded));
    }

    @Test
    void aNumberedRecordCarriesItsNumberAndReadsItBack() {
        byte[] json = SheetRecords.json(record("东院-2026-11-K7-0042"));
        assertThat(SheetRecords.tree(json).get("inspection").get("sheetNumber").asText()).isEqualTo("东院-2026-11-K7-0042");
        assertThat(SheetRecords.parse(json).inspection().sheetNumber()).isEqualTo("东院-2026-11-K7-0042");
        assertThat(SheetRecords.parse(SheetRecords.json(record(null))).inspection().sheetNumber()).isNull();
    }
}
