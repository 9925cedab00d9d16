package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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
 * The 整改通知单 signed like a score sheet (ADR 0018): a repeat order after a failed re-inspection is signed by the
 * inspector; the file verifies (our verifier, the trust list, pdfsig), is PDF/A-3b (veraPDF), one changed byte fails,
 * and the embedded record's order is the stored order field for field. Refusals write no file.
 */
@DatabaseTest
class SignedNoticeIT {
    @TempDir
    static Path dir;
    static AssessmentWorld w;
    static RectificationOrder order;
    static RectificationNotices.SignedNotice signed;
    static byte[] pdf;

    @BeforeAll
    static void signANotice() throws Exception {
        w = new AssessmentWorld(dir.resolve("data"));
        Files.createDirectories(dir.resolve("data/branding"));
        ImageIO.write(SignedSheetPdfIT.logo(), "png", dir.resolve("data/branding/logo.png").toFile());
        RectificationService service = w.c.rectification().service();
        service.raise(request(sheet(LocalDate.of(2026, 12, 1))), w.inspector.id());
        RectificationOrder repeat = service.raise(request(sheet(LocalDate.of(2026, 12, 2))), w.inspector.id()).get(0);
        service.orders().reportFixed(repeat.id(), "已补填", w.contact.id());
        service.orders().reinspect(repeat.id(), Verdict.FAILED, "仍缺两处", LocalDate.of(2026, 12, 8), w.inspector.id());
        order = service.orders().find(repeat.id()).orElseThrow();
        signed = w.c.rectification().notices().sign(order.id(), "notice-secret".toCharArray(), w.inspector.id());
        pdf = Files.readAllBytes(signed.pdf());
        String shots = System.getenv("LOGICHECK_PDF_SHOTS");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.write(Path.of(shots, "notice.pdf"), pdf);
        }
    }

    @AfterAll
    static void close() {
        w.c.close();
    }

    static Inspection sheet(LocalDate day) {
        return w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, day, Map.of("1.1", q("3", "0")));
    }

    static RectificationService.RaiseRequest request(Inspection sheet) {
        return new RectificationService.RaiseRequest(sheet.id(), List.of("1.1"), true, "王班长", null, null,
                Set.of(CauseCategory.TRAINING), "新员工不熟悉记录要求", "培训后补填记录");
    }

    @Test
    void itIsStoredPerRoundAndVerifiesWithTheInspectorAsTrustedSigner() {
        assertThat(signed.pdf()).isEqualTo(dir.resolve("data").resolve("signed").resolve("notices")
                .resolve(order.id() + "-2.pdf"));
        assertThat(signed.round()).isEqualTo(2);
        assertThat(signed.sha256()).isEqualTo(PdfVerifier.sha256(pdf));
        PdfVerifier.SignatureCheck check = new PdfVerifier().verify(pdf);
        assertThat(check.intact()).isTrue();
        assertThat(check.signerName()).isEqualTo(w.inspector.name());
        assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(w.c.inspection().verify().verify(signed.pdf()).ok()).isTrue();
        assertThat(w.c.rectification().notices().signedNotice(order.id())).contains(signed.pdf());
        assertThat(w.c.rectification().service().orders().history(order.id())).extracting(ChangeLog.Entry::action)
                .endsWith("NOTICE_SIGNED");
    }

    @Test
    void theEmbeddedRecordIsTheStoredOrder() throws Exception {
        byte[] json = PdfVerifier.embeddedRecord(pdf, "rectification-" + order.id() + ".json");
        JsonNode record = RectificationNotices.JSON.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        assertThat(record.get("format").asText()).isEqualTo(RectificationNotices.FORMAT);
        assertThat(record.get("order")).isEqualTo(RectificationNotices.orderTree(order));
        assertThat(record.get("order").get("round").asInt()).isEqualTo(2);
        assertThat(record.get("order").get("plan").get("deadline").asText()).isEqualTo("2026-12-08");
        assertThat(record.get("signedBy").asText()).isEqualTo(w.inspector.name());
        // and it is not equal to another state of the same order
        RectificationOrder reported = order.reportFixed("又补了", order.raisedAt());
        assertThat(record.get("order")).isNotEqualTo(RectificationNotices.orderTree(reported));
    }

    @Test
    void thePrintShowsTheNewDeadlineRoundTheRepeatAndTheSigner() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("整改通知单", "2026-12-08（第2次期限）", "重复问题", "王班长（主管）",
                    "数字签名：" + w.inspector.name(), "服务企业签收");
        }
    }

    @Test
    void theOrganisationsLogoAndNameArePrintedAsOnTheSheet() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(imageSizes(doc)).anySatisfy(s -> assertThat(s).containsExactly(160, 80));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            String organisation = w.c.core().reference().organisation().orElseThrow().name();
            assertThat(text).contains("单位：" + organisation);
        }
    }

    @Test
    void aBrokenLogoFileNeverStopsANotice() throws Exception {
        Path copy = dir.resolve("broken");
        AssessmentWorld other = new AssessmentWorld(copy);
        try {
            Files.createDirectories(copy.resolve("branding"));
            Files.writeString(copy.resolve("branding/logo.png"), "not a picture");
            Inspection sheet = other.sheet(other.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK,
                    LocalDate.of(2026, 12, 1), Map.of("1.1", q("3", "0")));
            RectificationOrder raised = other.c.rectification().service().raise(new RectificationService.RaiseRequest(
                    sheet.id(), List.of("1.1"), true, "王班长", null, null, Set.of(CauseCategory.TRAINING), "新员工",
                    "培训"), other.inspector.id()).get(0);
            try (PDDocument doc = Loader.loadPDF(other.c.rectification().notices().pdf(raised.id()))) {
                assertThat(imageSizes(doc)).isEmpty();
                assertThat(new PDFTextStripper().getText(doc)).contains("整改通知单");
            }
        } finally {
            other.c.close();
        }
    }

    static List<int[]> imageSizes(PDDocument doc) throws IOException {
        var resources = doc.getPage(0).getResources();
        List<int[]> sizes = new ArrayList<>();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject img) {
                sizes.add(new int[] {img.getWidth(), img.getHeight()});
            }
        }
        return sizes;
    }

    @Test
    void veraPdfFindsItPdfA3b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void oneChangedByteFailsVerification() {
        int[] range = SignedSheetPdfIT.byteRange(pdf);
        PdfVerifier verifier = new PdfVerifier();
        for (int position : new int[] {range[1] / 2, 20, range[1] + 300, range[2] + 5, pdf.length - 2}) {
            byte[] copy = pdf.clone();
            copy[position] = (byte) (copy[position] == '0' ? '1' : copy[position] ^ 0x01);
            assertThat(verifier.verify(copy).intact()).as("byte %d changed", position).isFalse();
        }
    }

    @Test
    @DependsOnMachine
    void pdfsigSaysValid() throws Exception {
        Assumptions.assumeTrue(SignedSheetPdfIT.onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
        assertThat(SignedSheetPdfIT.run("pdfsig", signed.pdf().toString()))
                .contains("Signature is Valid", "Total document signed", "ETSI.CAdES.detached");
    }

    @Test
    void aProviderContactCannotSignAndAWrongPasswordWritesNothing() throws Exception {
        RectificationIT.refused(() -> w.c.rectification().notices().sign(order.id(), "x".toCharArray(), w.contact.id()),
                "problem.rectification.notIssuer");
        RectificationIT.refused(() -> w.c.rectification().notices().sign(order.id(), "wrong".toCharArray(), w.inspector.id()),
                "problem.key.wrongPassword");
        RectificationIT.refused(() -> w.c.rectification().notices().sign(order.id(), new char[0], w.inspector.id()),
                "problem.key.noPassword");
        try (var files = Files.list(signed.pdf().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(order.id() + "-2.pdf");
        }
        assertThat(Files.readAllBytes(signed.pdf())).isEqualTo(pdf);
        assertThat(new String(PdfVerifier.embeddedRecord(pdf, "rectification-" + order.id() + ".json"),
                StandardCharsets.UTF_8)).contains(order.id().toString());
        assertThat(w.c.core().reference().person(w.contact.id()).orElseThrow().role()).isEqualTo(Role.PROVIDER_CONTACT);
    }
}
