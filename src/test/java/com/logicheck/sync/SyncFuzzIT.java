package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.app.Clocks;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.service.RectificationService;
import com.logicheck.suites.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged and forged files: bit flips, truncation, records altered and signed again with another key
 * (untrusted, or trusted but not the inspector's), newer and unknown schemas, unknown templates and items, a huge
 * file and compressed bombs. Every file gets its own reason, nothing throws, and no refused file writes a row.
 */
@DatabaseTest
class SyncFuzzIT {
    private static final Set<String> DAMAGE = Set.of("sync.refused.notPdf", "sync.refused.truncated",
            "sync.refused.unsigned", "sync.refused.tampered", "sync.refused.unreadable");
    @TempDir
    Path dir;

    @Test
    void damagedAndForgedFilesAreRefusedEachWithItsReasonAndWriteNothing() throws Exception {
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 3);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 4)) {
            List<byte[]> originals = new ArrayList<>();
            for (UUID id : List.of(a.signSheet(1), a.signSheet(0))) {
                originals.add(Files.readAllBytes(a.context.inspection().signing().signedPdf(id).orElseThrow()));
            }
            b.trustEveryoneOf(a);
            SheetImporter importer = b.context.sync().importer();
            for (int i = 0; i < originals.size(); i++) {
                assertThat(importer.importBytes(Path.of("original" + i + ".pdf"), originals.get(i), null).kind())
                        .isEqualTo(ImportReport.Kind.NEW);
            }
            Map<String, Integer> before = b.context.sync().repository().counts();

            // CMS malleability: SignedData's version (and contentType, digestAlgorithms, SignerInfo version) lie
            // outside what the signature covers; the verifier pins them, so a file changed there is refused.
            byte[] malleable = originals.get(0).clone();
            String text = new String(malleable, StandardCharsets.ISO_8859_1);
            int cms = text.indexOf('<', text.lastIndexOf("/Contents <")) + 1;
            assertThat(text.substring(cms + 46, cms + 52)).as("SignedData version 1").isEqualTo("020101");
            malleable[cms + 51] = '3';
            ImportReport.FileResult sameSheet = importer.importBytes(Path.of("version3.pdf"), malleable, null);
            assertThat(sameSheet.kind()).as("%s", sameSheet).isEqualTo(ImportReport.Kind.REFUSED);
            assertThat(b.context.sync().repository().counts()).isEqualTo(before);
            Map<String, Integer> reasons = new TreeMap<>();
            Random random = new Random(20261121);
            long started = System.nanoTime();
            int files = 0;

            // bit flips anywhere, and truncation at any length
            for (int n = 0; n < 1000; n++) {
                byte[] pdf = originals.get(n % originals.size()).clone();
                if (n % 5 == 4) {
                    pdf = Arrays.copyOf(pdf, random.nextInt(pdf.length));
                } else {
                    for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                        int at = random.nextInt(pdf.length);
                        pdf[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                ImportReport.FileResult r = importer.importBytes(Path.of("damaged" + n + ".pdf"), pdf, null);
                if (r.kind() == ImportReport.Kind.SKIPPED) {
                    // a flip in a field of the CMS structure that the signature does not cover (CMS malleability):
                    // the signed content, record included, is the stored sheet's, so it is the same sheet
                    reasons.merge("skipped: same signed record", 1, Integer::sum);
                    files++;
                    continue;
                }
                assertThat(r.kind()).as("file %d", n).isEqualTo(ImportReport.Kind.REFUSED);
                assertThat(DAMAGE).as("file %d: %s", n, r).contains(r.reason());
                reasons.merge(r.reason(), 1, Integer::sum);
                files++;
            }

            // forged: the record altered and signed again with a key B does not trust
            Forgery forger = new Forgery(UserKeyStore.openOrCreate(dir.resolve("forger.p12"), Laptop.PASSWORD, "张伟",
                    Laptop.ORGANISATION, Clocks.system()));
            Consumer<ObjectNode> betterScore = r -> ((ObjectNode) r.get("score")).put("total", "100");
            for (int i = 0; i < originals.size(); i++) {
                expect(importer, forger.alter(originals.get(i), betterScore), ImportReport.Kind.HELD, "sync.held.untrusted", reasons);
                files++;
            }
            // the same key trusted (a colleague's) cannot pass for the sheet's inspector or smuggle in a bad record
            b.context.core().trust().add(forger.fingerprint(), "CN=forger", "forger", new byte[] {1}, null, null);
            byte[] base = originals.get(0);
            expect(importer, forger.alter(base, betterScore), ImportReport.Kind.REFUSED, "sync.refused.signerMismatch", reasons);
            expect(importer, forger.alter(base, r -> r.put("schemaVersion", 99)), ImportReport.Kind.REFUSED,
                    "sync.refused.newerVersion", reasons);
            expect(importer, forger.alter(base, r -> r.put("format", "someone.else")), ImportReport.Kind.REFUSED,
                    "sync.refused.unknownSchema", reasons);
            expect(importer, forger.withRecord(base, new ByteArrayInputStream("{not json".getBytes())),
                    ImportReport.Kind.REFUSED, "sync.refused.unknownSchema", reasons);
            expect(importer, forger.withRecord(base, null), ImportReport.Kind.REFUSED, "sync.refused.noRecord", reasons);
            expect(importer, forger.alter(base, r -> {
                forger.claimInspector(r);
                ((ObjectNode) r.get("template")).put("versionId", UUID.randomUUID().toString());
            }), ImportReport.Kind.REFUSED, "sync.refused.unknownTemplate", reasons);
            expect(importer, forger.alter(base, r -> {
                forger.claimInspector(r);
                ((ObjectNode) r.get("inspection")).put("id", UUID.randomUUID().toString());
                ((ObjectNode) r.get("answers").get(0)).put("itemId", UUID.randomUUID().toString());
            }), ImportReport.Kind.REFUSED, "sync.refused.invalid", reasons);
            expect(importer, forger.alter(base, r -> {
                forger.claimInspector(r);
                ((ObjectNode) r.get("inspection")).put("id", UUID.randomUUID().toString());
                ((ObjectNode) r.get("inspection")).put("supersedesId", UUID.randomUUID().toString());
                ((ObjectNode) r.get("inspection")).put("revision", 2);
            }), ImportReport.Kind.REFUSED, "sync.refused.missingPredecessor", reasons);
            expect(importer, forger.alter(base, r -> {
                forger.claimInspector(r);
                ((ObjectNode) r.get("inspection")).put("id", UUID.randomUUID().toString());
                ((ObjectNode) r.get("inspection")).put("kind", "NO_SUCH_KIND");
            }), ImportReport.Kind.REFUSED, "sync.refused.invalid", reasons);
            // a compressed bomb as the record: 64 MB of zeros in a few dozen KB
            expect(importer, forger.withRecord(base, zeros(64 * 1024 * 1024)), ImportReport.Kind.REFUSED,
                    "sync.refused.recordTooLarge", reasons);
            files += 11;

            // an unsigned PDF carrying a bomb is refused before anything is inflated
            byte[] bomb = unsignedBomb();
            expect(importer, bomb, ImportReport.Kind.REFUSED, "sync.refused.unsigned", reasons);
            // a huge file is refused before it is read
            Path huge = dir.resolve("huge.pdf");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(SheetImporter.DEFAULT_MAX_FILE_BYTES + 1);
            }
            ImportReport.FileResult hugeResult = importer.importFile(huge, null);
            assertThat(hugeResult.reason()).isEqualTo("sync.refused.tooLarge");
            files += 2;

            assertThat(b.context.sync().repository().counts()).as("no refused file wrote a row").isEqualTo(before);

            // the one forgery that is intact, trusted, claims the inspector and reuses a known id: a conflict, kept
            ImportReport.FileResult conflict = importer.importBytes(Path.of("conflict.pdf"), forger.alter(base, r -> {
                forger.claimInspector(r);
                betterScore.accept(r);
            }), null);
            assertThat(conflict.kind()).isEqualTo(ImportReport.Kind.CONFLICT);
            assertThat(conflict.reason()).isEqualTo("sync.conflict.sameId");
            Map<String, Integer> after = new TreeMap<>(b.context.sync().repository().counts());
            assertThat(after.get("SYNC_CONFLICT")).isEqualTo(before.get("SYNC_CONFLICT") + 1);
            after.put("SYNC_CONFLICT", before.get("SYNC_CONFLICT"));
            assertThat(after).as("the local sheet is untouched").isEqualTo(new TreeMap<>(before));
            assertThat(b.context.sync().repository().openConflicts()).hasSize(1);

            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("sync fuzz: %d files in %.1f s: %s%n", files, seconds, reasons);
            assertThat(files).isGreaterThanOrEqualTo(1000);
        }
    }

    /**
     * The same for a signed record of a rectification step (ADR 0022): damaged copies of an order's 下发 record and
     * forgeries — re-signed by an untrusted key, by a trusted key that is not the actor's, with another format or a
     * newer version, a step by someone whose role forbids it, a step of an unknown order or after an unknown step, a
     * photo that is not in the file. Each is refused (or held) with its reason and no row is written; the one intact
     * forgery that reuses the record's id with other content is a conflict, kept.
     */
    @Test
    void damagedAndForgedRecordFilesAreRefusedEachWithItsReasonAndWriteNothing() throws Exception {
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 5);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 6)) {
            UUID sheet = a.signSheet(0);
            var order = a.context.rectification().service().raise(new RectificationService.RaiseRequest(
                    sheet, List.of(), true, "保洁主管", null, null, Set.of(CauseCategory.TRAINING),
                    "", "培训后重新清洁"), a.inspector.id()).get(0);
            Path folder = dir.resolve("folder");
            RecordExporter.Result exported = a.context.sync().recordExporter().export(folder, a.inspector, Laptop.PASSWORD);
            assertThat(exported.written()).hasSize(1);
            byte[] original = Files.readAllBytes(exported.written().get(0));
            b.trustEveryoneOf(a);
            SheetImporter importer = b.context.sync().importer();
            assertThat(importer.importBytes(Path.of("sheet.pdf"),
                    Files.readAllBytes(a.context.inspection().signing().signedPdf(sheet).orElseThrow()), null).kind())
                    .isEqualTo(ImportReport.Kind.NEW);
            assertThat(importer.importBytes(Path.of("issued.pdf"), original, null).kind()).isEqualTo(ImportReport.Kind.NEW);
            Map<String, Integer> before = new TreeMap<>(b.context.sync().repository().counts());
            before.putAll(b.context.core().recordLog().counts());
            Map<String, Integer> reasons = new TreeMap<>();
            Random random = new Random(20261122);
            int files = 0;
            for (int n = 0; n < 300; n++) {
                byte[] pdf = original.clone();
                if (n % 5 == 4) {
                    pdf = Arrays.copyOf(pdf, random.nextInt(pdf.length));
                } else {
                    for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                        int at = random.nextInt(pdf.length);
                        pdf[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                ImportReport.FileResult r = importer.importBytes(Path.of("damaged" + n + ".pdf"), pdf, null);
                if (r.kind() == ImportReport.Kind.SKIPPED) {
                    reasons.merge("skipped: same signed record", 1, Integer::sum);
                } else {
                    assertThat(r.kind()).as("file %d: %s", n, r).isEqualTo(ImportReport.Kind.REFUSED);
                    assertThat(DAMAGE).as("file %d: %s", n, r).contains(r.reason());
                    reasons.merge(r.reason(), 1, Integer::sum);
                }
                files++;
            }
            String name = RecordFile.FILE_NAME;
            Forgery forger = new Forgery(UserKeyStore.openOrCreate(dir.resolve("forger-r.p12"), Laptop.PASSWORD, "张伟",
                    Laptop.ORGANISATION, Clocks.system()));
            Consumer<ObjectNode> claim = r -> r.put("signerCertificateSha256", forger.fingerprint());
            Consumer<ObjectNode> longerDeadline = r -> ((ObjectNode) r.get("record").get("body").get("plan"))
                    .put("deadline", "2099-12-31");
            expectRecord(importer, forger.alterEmbedded(original, name, longerDeadline), ImportReport.Kind.HELD,
                    "sync.held.untrusted", reasons);
            b.context.core().trust().add(forger.fingerprint(), "CN=forger", "张伟", new byte[] {1}, null, null);
            expectRecord(importer, forger.alterEmbedded(original, name, longerDeadline), ImportReport.Kind.REFUSED,
                    "sync.refused.signerMismatch", reasons);
            expectRecord(importer, forger.alterEmbedded(original, name, r -> r.put("format", "someone.else")),
                    ImportReport.Kind.REFUSED, "sync.refused.unknownSchema", reasons);
            expectRecord(importer, forger.alterEmbedded(original, name, r -> r.put("schemaVersion", 99)),
                    ImportReport.Kind.REFUSED, "sync.refused.newerVersion", reasons);
            expectRecord(importer, forger.alterEmbedded(original, name, r -> ((ObjectNode) r.get("record")).put("kind", "NOPE")),
                    ImportReport.Kind.REFUSED, "sync.refused.invalid", reasons);
            UUID issuedId = UUID.fromString(new ObjectMapper().readTree(PdfVerifier.embeddedRecord(original, name))
                    .get("record").get("id").asText());
            Consumer<ObjectNode> closedByInspector = r -> {
                claim.accept(r);
                ObjectNode rec = (ObjectNode) r.get("record");
                rec.put("id", UUID.randomUUID().toString()).put("kind", "ORDER_CLOSED").put("previous", issuedId.toString());
                rec.set("body", new ObjectMapper().createObjectNode().put("round", 1));
            };
            expectRecord(importer, forger.alterEmbedded(original, name, closedByInspector), ImportReport.Kind.REFUSED,
                    "sync.record.refused.notAllowed.ORDER_CLOSED", reasons);
            expectRecord(importer, forger.alterEmbedded(original, name, closedByInspector.andThen(r ->
                            ((ObjectNode) r.get("record")).put("subject", UUID.randomUUID().toString()))),
                    ImportReport.Kind.REFUSED, "sync.record.waits.order", reasons);
            Consumer<ObjectNode> reported = r -> {
                claim.accept(r);
                ObjectNode rec = (ObjectNode) r.get("record");
                rec.put("id", UUID.randomUUID().toString()).put("kind", "ORDER_REPORTED").put("previous", UUID.randomUUID().toString());
                ObjectNode body = new ObjectMapper().createObjectNode().put("round", 1).put("note", "已整改");
                body.putArray("photos");
                rec.set("body", body);
            };
            expectRecord(importer, forger.alterEmbedded(original, name, reported), ImportReport.Kind.REFUSED,
                    "sync.record.waits.step", reasons);
            expectRecord(importer, forger.alterEmbedded(original, name, reported.andThen(r -> {
                ((ObjectNode) r.get("record")).put("previous", issuedId.toString());
                ((ArrayNode) r.get("record").get("body").get("photos")).addObject()
                        .put("sha256", "0".repeat(64)).put("name", "现场.jpg");
            })), ImportReport.Kind.REFUSED, "sync.refused.invalid", reasons);
            expectRecord(importer, forger.withEmbedded(original, name, zeros(64 * 1024 * 1024)), ImportReport.Kind.REFUSED,
                    "sync.refused.recordTooLarge", reasons);
            files += 11;
            Map<String, Integer> after = new TreeMap<>(b.context.sync().repository().counts());
            after.putAll(b.context.core().recordLog().counts());
            assertThat(after).as("no refused record file wrote a row").isEqualTo(before);
            assertThat(b.context.rectification().service().orders().find(order.id()).orElseThrow().deadline())
                    .isEqualTo(order.deadline());

            // intact, trusted, claims the actor and reuses the record's id with other content: a conflict, kept
            ImportReport.FileResult conflict = importer.importBytes(Path.of("conflict.pdf"),
                    forger.alterEmbedded(original, name, claim.andThen(longerDeadline)), null);
            assertThat(conflict.kind()).as("%s", conflict).isEqualTo(ImportReport.Kind.CONFLICT);
            assertThat(conflict.reason()).isEqualTo("sync.record.conflict.SAME_ID");
            assertThat(b.context.core().recordLog().openConflicts()).hasSize(1);
            assertThat(b.context.rectification().service().orders().find(order.id()).orElseThrow().deadline())
                    .as("the local order is untouched").isEqualTo(order.deadline());
            System.out.printf("sync record fuzz: %d files: %s%n", files, reasons);
        }
    }

    private static void expectRecord(SheetImporter importer, byte[] pdf, ImportReport.Kind kind, String reason,
                                     Map<String, Integer> reasons) {
        expect(importer, pdf, kind, reason, reasons);
    }

    private static void expect(SheetImporter importer, byte[] pdf, ImportReport.Kind kind, String reason,
                               Map<String, Integer> reasons) {
        ImportReport.FileResult r = importer.importBytes(Path.of("forged.pdf"), pdf, null);
        assertThat(r.kind()).as("%s", r).isEqualTo(kind);
        assertThat(r.reason()).as("%s", r).isEqualTo(reason);
        reasons.merge(r.reason(), 1, Integer::sum);
    }

    private static InputStream zeros(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                Arrays.fill(b, off, off + k, (byte) 0);
                left -= k;
                return k;
            }
        };
    }

    /** A minimal PDF whose only stream inflates to 256 MB. */
    private static byte[] unsignedBomb() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(9))) {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                z.write(chunk);
            }
        }
        byte[] body = deflated.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write(("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R "
                + "/Names << /EmbeddedFiles << /Names [(inspection-record.json) 4 0 R] >> >> >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "3 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length " + body.length + " >>\nstream\n").getBytes());
        pdf.write(body);
        pdf.write(("\nendstream\nendobj\n4 0 obj\n<< /Type /Filespec /F (inspection-record.json) /EF << /F 3 0 R >> >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes());
        return pdf.toByteArray();
    }
}
