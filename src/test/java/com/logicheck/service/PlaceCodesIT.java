package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceCode.Accepted;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.suites.DatabaseTest;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 点位码 end to end (issue 16): a label printed by the app, rendered to an image and decoded with ZXing, is accepted
 * for its place and refused by another organisation; reprinted, deactivated and forged codes are refused; a check-in
 * is recorded on a draft, and bad input writes nothing.
 */
@DatabaseTest
public class PlaceCodesIT {
    @TempDir
    Path dir;
    @TempDir
    Path otherDir;

    @Test
    void aPrintedLabelDecodesToACodeAcceptedForItsPlaceAndRefusedByAnotherOrganisation() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        PlaceCodes.LabelSheet sheet = codes.labels(w.supervisor.id(), "心内科病区");
        assertThat(sheet.count()).isEqualTo(1);
        String token = decodeFirstPage(sheet.pdf());
        assertThat(text(sheet.pdf())).contains("心内科病区").contains("东院区 / 心内科病区");
        Accepted accepted = codes.read(token, How.SCANNED);
        assertThat(accepted.placeId()).isEqualTo(w.ward.id());
        assertThat(accepted.how()).isEqualTo(How.SCANNED);
        assertThat(codes.labels(w.supervisor.id(), null).count()).isEqualTo(2);
        w.c.close();

        AssessmentWorld other = new AssessmentWorld(otherDir);
        refused(() -> other.c.referenceData().placeCodes().read(token, How.SCANNED), "problem.placeCode.otherOrganisation");
        other.c.close();
    }

    @Test
    void anInspectorPrintsNoLabelsAndWithoutAKeyNoCodeIsAccepted() {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        assertThatThrownBy(() -> codes.labels(w.inspector.id(), null)).isInstanceOf(DomainException.class);
        refused(() -> codes.read("ABCD-EFGH", How.TYPED), "problem.placeCode.noKey");
        refused(() -> codes.labels(w.supervisor.id(), "没有这个地点"), "problem.cli.noPlace");
        w.c.close();
    }

    @Test
    void aReprintedLabelRevokesTheOldOneAndADeactivatedPlaceTakesNoCheckIn() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        String old = decodeFirstPage(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        String fresh = decodeFirstPage(codes.reprint(w.supervisor.id(), w.ward.id()).pdf());
        assertThat(fresh).isNotEqualTo(old);
        refused(() -> codes.read(old, How.SCANNED), "problem.placeCode.revoked");
        assertThat(codes.read(fresh, How.SCANNED).generation()).isEqualTo(2);
        String forged = fresh.substring(0, fresh.length() - 1) + (fresh.endsWith("0") ? "1" : "0");
        refused(() -> codes.read(forged, How.SCANNED), "problem.placeCode.forged");

        Place site = w.c.referenceData().service().placeItems().stream().map(ReferenceData.PlaceItem::place)
                .filter(p -> p.kind() == PlaceKind.SITE).findFirst().orElseThrow();
        String siteCode = decodeFirstPage(codes.labels(w.supervisor.id(), site.path()).pdf());
        w.c.referenceData().service().deactivatePlace(w.supervisor.id(), site);
        refused(() -> codes.read(siteCode, How.SCANNED), "problem.placeCode.inactive");
        w.c.close();
    }

    @Test
    void reprintingASubtreeFromTheScreenWritesItsLabelsAndRevokesTheOldOnesAndAnUnwritableFileChangesNothing()
            throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        String old = decodeFirstPage(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        Place site = w.c.referenceData().service().placeItems().stream().map(ReferenceData.PlaceItem::place)
                .filter(p -> p.kind() == PlaceKind.SITE).findFirst().orElseThrow();

        Path blocked = dir.resolve("只读文件");
        Files.writeString(blocked, "不是文件夹");
        refused(() -> codes.reprintTo(w.supervisor.id(), site.id(), blocked.resolve("标签.pdf")),
                "problem.export.notWritable");
        assertThat(codes.read(old, How.SCANNED).generation()).as("nothing changed").isEqualTo(1);
        assertThatThrownBy(() -> codes.reprintTo(w.inspector.id(), site.id(), dir.resolve("x.pdf")))
                .isInstanceOf(DomainException.class);
        assertThat(dir.resolve("x.pdf")).doesNotExist();

        Path target = dir.resolve("标签/点位码标签_东院区.pdf");
        Files.createDirectories(target.getParent());
        PlaceCodes.LabelSheet sheet = codes.reprintTo(w.supervisor.id(), site.id(), target);
        assertThat(sheet.count()).isEqualTo(2);
        assertThat(target).exists();
        assertThat(text(Files.readAllBytes(target))).contains("东院区 / 心内科病区");
        refused(() -> codes.read(old, How.SCANNED), "problem.placeCode.revoked");
        String fresh = decodeFirstPage(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        assertThat(codes.read(fresh, How.SCANNED).generation()).isEqualTo(2);
        w.c.close();
    }

    @Test
    void aCheckInIsRecordedOnADraftAndAnotherPlacesCodeOnlyWhenConfirmed() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        PlaceCodes codes = w.c.referenceData().placeCodes();
        String ward = decodeFirstPage(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        String site = decodeFirstPage(codes.labels(w.supervisor.id(), "东院区").pdf());
        Inspection draft = w.c.inspection().service().start(new InspectionRepository.NewInspection(
                w.template("hospital-maintenance").id(), w.hospitalProvider.id(), w.ward.id(), w.inspector.id(),
                InspectionKind.SPOT_CHECK));
        assertThat(codes.checkIns(draft.id())).isEmpty();
        String older = new String(SheetRecords.json(w.c.inspection().records().record(draft.id())), StandardCharsets.UTF_8);
        assertThat(older).doesNotContain("checkIns");

        refused(() -> codes.checkIn(w.inspector.id(), draft.id(), codes.read(site, How.SCANNED), false),
                "problem.checkin.otherPlace");
        assertThat(codes.checkIns(draft.id())).isEmpty();

        CheckIn scanned = codes.checkIn(w.inspector.id(), draft.id(), codes.read(ward, How.SCANNED), false);
        assertThat(scanned.placeId()).isEqualTo(w.ward.id());
        assertThat(scanned.personId()).isEqualTo(w.inspector.id());
        assertThat(scanned.at()).isEqualTo(OffsetDateTime.now(AssessmentWorld.CLOCK));
        String shortCode = shortCodeOf(codes.labels(w.supervisor.id(), "心内科病区").pdf());
        CheckIn typed = codes.checkIn(w.inspector.id(), draft.id(), codes.read(shortCode, How.TYPED), false);
        assertThat(typed.how()).isEqualTo(How.TYPED);
        assertThat(codes.checkIns(draft.id())).extracting(CheckIn::how).containsExactlyInAnyOrder(How.SCANNED, How.TYPED);
        assertThat(CheckIn.present(w.ward.id(), codes.checkIns(draft.id()))).isTrue();
        String record = new String(SheetRecords.json(w.c.inspection().records().record(draft.id())), StandardCharsets.UTF_8);
        assertThat(record).contains("\"checkIns\"").containsPattern("\"how\"\\s*:\\s*\"SCANNED\"")
                .containsPattern("\"how\"\\s*:\\s*\"TYPED\"")
                .contains(ward).contains("东院区 / 心内科病区");
        w.c.close();
    }

    /** Renders the first page at 200 dpi and decodes the first label's QR code with ZXing. */
    public static String decodeFirstPage(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float dpi = 200;
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            // the first label's QR code with its quiet zone (label 105 x 59.4 mm, code 100 pt wide, 10 pt below the top;
            // the name below it starts 6 pt under the code and stays out)
            double scale = dpi / 72;
            int left = (int) ((PDRectangle.A4.getWidth() / 2 - 100) / 2 * scale - 12 * scale);
            BufferedImage first = page.getSubimage(left, 0, (int) (124 * scale), (int) (115 * scale));
            int[] pixels = first.getRGB(0, 0, first.getWidth(), first.getHeight(), null, 0, first.getWidth());
            LuminanceSource source = new RGBLuminanceSource(first.getWidth(), first.getHeight(), pixels);
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static String shortCodeOf(byte[] pdf) throws Exception {
        List<String> codes = new ArrayList<>();
        for (String line : text(pdf).split("\\R")) {
            if (line.strip().matches("[0-9A-Z]{4}-[0-9A-Z]{4}")) {
                codes.add(line.strip());
            }
        }
        assertThat(codes).hasSize(1);
        return codes.get(0);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
