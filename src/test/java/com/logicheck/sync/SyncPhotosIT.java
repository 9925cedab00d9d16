package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.app.Clocks;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.SheetPrint;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.service.DemoPhotos;
import com.logicheck.suites.DatabaseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos travel with their sheet (ADR 0023): the signed file carries each photo's original, the importing laptop
 * stores it in its photo store (checked against the record), so it can show it and sign a revision, and that
 * revision supersedes the original back on the first laptop. A file whose originals do not match its record is
 * refused whole and writes nothing, not even a photo file.
 */
@DatabaseTest
class SyncPhotosIT {
    @TempDir
    Path dir;

    @Test
    void aSheetSignedOnARevisedAndSignedOnBSupersedesBackOnA() throws IOException {
        Path folder = dir.resolve("share");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 11);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 12)) {
            UUID sheet = a.signSheet(2);
            List<PhotoStore.PhotoDetail> onA = a.context.core().photos().details(sheet);
            assertThat(onA).hasSize(2);
            byte[] signed = Files.readAllBytes(a.context.inspection().signing().signedPdf(sheet).orElseThrow());
            for (PhotoStore.PhotoDetail p : onA) {
                assertThat(PdfVerifier.embeddedRecord(signed, SheetPrint.photoAttachmentName(p.sha256(), p.originalName())))
                        .as("the original of %s inside the signed file", p.originalName())
                        .isEqualTo(Files.readAllBytes(p.file()));
            }
            a.context.sync().exporter().export(folder);
            b.trustEveryoneOf(a);

            ImportReport intoB = b.context.sync().importer().importFolder(folder, b.inspector.id(), r -> { });
            assertThat(intoB.count(ImportReport.Kind.NEW)).isEqualTo(1);
            List<PhotoStore.PhotoDetail> onB = b.context.core().photos().details(sheet);
            assertThat(onB).extracting(PhotoStore.PhotoDetail::sha256)
                    .containsExactlyElementsOf(onA.stream().map(PhotoStore.PhotoDetail::sha256).toList());
            for (int i = 0; i < onB.size(); i++) {
                assertThat(onB.get(i).file()).as("stored on B as a file").exists()
                        .hasSameBinaryContentAs(onA.get(i).file());
                assertThat(b.context.core().photos().thumbnail(onB.get(i).sha256())).as("with its thumbnail").exists();
            }

            UUID revision = b.revise(sheet);
            assertThat(b.context.core().photos().details(revision)).hasSize(2);
            b.context.sync().exporter().export(folder);
            a.trustEveryoneOf(b);
            ImportReport intoA = a.context.sync().importer().importFolder(folder, a.inspector.id(), r -> { });
            assertThat(intoA.count(ImportReport.Kind.UPDATED)).as("B's revision").isEqualTo(1);
            assertThat(intoA.needingAttention()).isEmpty();
            assertThat(a.context.core().signedSheets().state(sheet).orElseThrow().status()).isEqualTo(InspectionStatus.SUPERSEDED);
            assertThat(a.context.core().signedSheets().state(revision).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
            assertThat(a.context.core().photos().details(revision)).extracting(PhotoStore.PhotoDetail::sha256)
                    .containsExactlyElementsOf(onA.stream().map(PhotoStore.PhotoDetail::sha256).toList());
        }
    }

    @Test
    void aFileWhoseOriginalsDoNotMatchItsRecordIsRefusedWholeAndWritesNothing() throws IOException {
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 21);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 22)) {
            UUID sheet = a.signSheet(2);
            byte[] signed = Files.readAllBytes(a.context.inspection().signing().signedPdf(sheet).orElseThrow());
            List<PhotoStore.PhotoDetail> photos = a.context.core().photos().details(sheet);
            String first = SheetPrint.photoAttachmentName(photos.get(0).sha256(), photos.get(0).originalName());
            Forgery forger = new Forgery(UserKeyStore.openOrCreate(dir.resolve("forger.p12"), Laptop.PASSWORD, "张伟",
                    Laptop.ORGANISATION, Clocks.system()));
            b.context.core().trust().add(forger.fingerprint(), "CN=forger", "forger", new byte[] {1}, null, null);
            byte[] otherImage = Files.readAllBytes(new DemoPhotos(dir.resolve("other")).make(new Random(99)));
            byte[] notAnImage = "这不是图片".repeat(100).getBytes(StandardCharsets.UTF_8);
            Consumer<ObjectNode> claim = forger::claimInspector;

            Map<String, byte[]> swapped = new HashMap<>();
            swapped.put(first, otherImage);
            Map<String, byte[]> removed = new HashMap<>();
            removed.put(first, null);
            Map<String, byte[]> garbage = new HashMap<>();
            garbage.put(SheetPrint.photoAttachmentName(PdfVerifier.sha256(notAnImage), photos.get(0).originalName()),
                    notAnImage);
            Consumer<ObjectNode> claimGarbage = r -> {
                forger.claimInspector(r);
                ObjectNode photo = (ObjectNode) r.get("photos").get(0);
                photo.put("sha256", PdfVerifier.sha256(notAnImage));
                photo.put("byteSize", notAnImage.length);
            };
            Map<String, byte[]> bomb = new HashMap<>();
            bomb.put(first, new byte[(int) PhotoStore.MAX_BYTES + 1]);

            Map<String, Integer> before = b.context.sync().repository().counts();
            expectRefused(b, forger.withEmbedded(signed, claim, swapped, false), "sync.refused.photoMismatch");
            expectRefused(b, forger.withEmbedded(signed, claim, removed, false), "sync.refused.photoMissing");
            expectRefused(b, forger.withEmbedded(signed, claimGarbage, garbage, false), "sync.refused.photoNotImage");
            expectRefused(b, forger.withEmbedded(signed, claim, bomb, true), "sync.refused.photoTooLarge");
            assertThat(b.context.sync().repository().counts()).as("no rows").isEqualTo(before);
            assertThat(filesUnder(b.context.dataDirectory().photos())).as("no photo or thumbnail written").isEmpty();

            // the untouched file, signed by the trusted forger with the inspector claimed, does import with its photos
            ImportReport.FileResult ok = b.context.sync().importer().importBytes(dir.resolve("ok.pdf"),
                    forger.withEmbedded(signed, claim, Map.of(), false), b.inspector.id());
            assertThat(ok.kind()).isEqualTo(ImportReport.Kind.NEW);
            assertThat(b.context.core().photos().details(sheet)).allSatisfy(p -> assertThat(p.file()).exists());
        }
    }

    private void expectRefused(Laptop b, byte[] pdf, String reason) {
        ImportReport.FileResult r = b.context.sync().importer().importBytes(dir.resolve("forged.pdf"), pdf, b.inspector.id());
        assertThat(r.kind()).as(reason).isEqualTo(ImportReport.Kind.REFUSED);
        assertThat(r.reason()).isEqualTo(reason);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
