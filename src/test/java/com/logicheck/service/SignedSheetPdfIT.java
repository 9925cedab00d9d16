package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.MigratedTemplate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
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
 * The signed PDF of a real sheet (H2 file, real migrations, 3 photos): text, metadata and the embedded record
 * round-trip; veraPDF finds it PDF/A-3b; the signature verifies; one changed byte anywhere fails verification.
 */
@DatabaseTest
class SignedSheetPdfIT {
    @TempDir
    static Path dir;
    static AppContext context;
    static SignedSheetFixture fixture;
    static SigningService.SignedSheet signed;
    static byte[] pdf;

    @BeforeAll
    static void signASheet() throws Exception {
        context = AppContext.open(MigratedTemplate.into(dir.resolve("data")));
        Files.createDirectories(dir.resolve("data/branding"));
        ImageIO.write(logo(), "png", dir.resolve("data/branding/logo.png").toFile());
        fixture = SignedSheetFixture.finished(context, dir.resolve("scratch"));
        signed = fixture.sign();
        pdf = Files.readAllBytes(signed.pdf());
        String shots = System.getenv("LOGICHECK_PDF_SHOTS");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.write(Path.of(shots, "sheet.pdf"), pdf);
        }
    }

    /** A 800×400 logo with a transparent background: printed downscaled to 160×80 pixels. */
    static BufferedImage logo() {
        var image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new Color(180, 20, 30));
        g.fillOval(0, 0, 400, 400);
        g.fillRect(420, 150, 380, 100);
        g.dispose();
        return image;
    }

    @Test
    void theOrganisationsLogoIsPrintedDownscaledOnTheFirstPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            List<int[]> sizes = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject img) {
                    sizes.add(new int[] {img.getWidth(), img.getHeight()});
                }
            }
            assertThat(sizes).anySatisfy(s -> assertThat(s).containsExactly(160, 80));
        }
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theVisibleTextHoldsEveryItemExactlyAndTheSheetsFacts() throws Exception {
        String text;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            pages = doc.getNumberOfPages();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
        String flat = text.replaceAll("\\s+", "");
        for (TemplateItem item : fixture.template.items().toList()) {
            assertThat(flat).contains(strip(item.content()), strip(item.requirement()), strip(item.criteria()));
        }
        fixture.template.sections().forEach(s -> assertThat(flat).contains(strip(s.title())));
        assertThat(flat).contains("后勤公司绿化保洁管理考核表", "示例县人民医院", "康洁物业服务有限公司",
                "东院区/3号楼/心内科病区", "项目", "考评内容", "要求与说明", "评分标准", "分值", "扣分", "得分", "备注",
                "病房走廊地面有积水两处，护士站地面有纸屑；已要求保洁员当场清理并加强巡回保洁。",
                "检查人：", "（总分100分，得分：86）", "受检方：", "复核：", "附录：现场照片（共3张）");
        assertThat(flat).contains("第1页共" + pages + "页", "第" + pages + "页共" + pages + "页");
        // the header row is repeated on every page of the table
        assertThat(text.split("要求与说明", -1).length - 1).isGreaterThanOrEqualTo(pages - 1);
    }

    @Test
    void metadataAndInfoDescribeTheSheetAsPdfA3b() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("后勤公司绿化保洁管理考核表");
            assertThat(info.getAuthor()).isEqualTo("张伟");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("后勤公司绿化保洁管理考核表");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void theEmbeddedRecordEqualsTheDatabaseRecord() {
        byte[] embedded = PdfVerifier.embeddedRecord(pdf, SheetRecord.FILE_NAME);
        assertThat(embedded).isNotNull();
        JsonNode fromPdf = SheetRecords.tree(embedded);
        JsonNode fromDb = SheetRecords.tree(SheetRecords.json(context.inspection().records().record(fixture.sheet.id())));
        assertThat(fromPdf).isEqualTo(fromDb);
        SheetRecord record = SheetRecords.parse(embedded);
        assertThat(record.schemaVersion()).isEqualTo(SheetRecord.SCHEMA_VERSION);
        assertThat(record.template().code()).isEqualTo("hospital-environment");
        assertThat(record.template().versionId()).isEqualTo(fixture.template.id());
        assertThat(record.answers()).hasSize(fixture.template.itemCount());
        assertThat(record.photos()).hasSize(3).allSatisfy(p -> assertThat(p.sha256()).hasSize(64));
        assertThat(record.signatures()).extracting(SheetRecord.SignaturePart::name)
                .containsExactly("张伟", "王敏（康洁物业）", "刘洋");
        assertThat(record.score().total()).isEqualTo("86.00");
        assertThat(record.inspection().status()).isEqualTo("SIGNED");
    }

    @Test
    void veraPdfFindsItPdfA3bCompliant() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(failures).as("veraPDF PDF/A-3b failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
        }
    }

    @Test
    void veraPdfCanFailAPlainPdf() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(plain);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(plain.toByteArray()),
                PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    @Test
    void theSignatureVerifiesAndNamesTheInspector() {
        PdfVerifier.SignatureCheck check = new PdfVerifier().verify(pdf);
        assertThat(check.intact()).isTrue();
        assertThat(check.signerName()).isEqualTo("张伟");
        assertThat(check.organisation()).isEqualTo("示例县人民医院");
        assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(check.signedAt().toInstant()).isEqualTo(signed.signedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(context.inspection().verify().verify(signed.pdf()).trusted()).isTrue();
    }

    @Test
    void oneChangedByteInTheContentOrTheSignatureFailsVerification() {
        int[] range = byteRange(pdf);
        List<Integer> positions = new ArrayList<>(List.of(
                range[1] / 2,                // inside a page or font stream
                10,                          // the header
                range[1] + 1,                // first hex digit of /Contents (the CMS structure)
                range[1] + 200,              // inside the signature value
                range[2] - 3,                // zero padding of /Contents
                range[2] + 5,                // after the signature, in the incremental update
                pdf.length - 2));            // %%EOF
        Random random = new Random(20261121);
        for (int i = 0; i < 25; i++) {
            positions.add(random.nextInt(pdf.length));
        }
        PdfVerifier verifier = new PdfVerifier();
        for (int position : positions) {
            byte[] copy = pdf.clone();
            copy[position] = (byte) (copy[position] == '0' ? '1' : copy[position] ^ 0x01);
            assertThat(verifier.verify(copy).intact()).as("byte %d changed", position).isFalse();
        }
        // the CMS container's own fields (content type, versions, digest algorithms) are outside what the
        // signature covers; every hex digit of its first 120 is pinned all the same
        for (int position = range[1] + 1; position < range[1] + 121; position++) {
            byte[] changed = pdf.clone();
            changed[position] = (byte) (changed[position] == '0' ? '1' : changed[position] == '1' ? '2' : '0');
            assertThat(verifier.verify(changed).intact()).as("CMS hex digit at %d changed", position).isFalse();
        }
        // a changed letter case in the hex string is still the same bytes to a CMS parser; we refuse it too
        byte[] copy = pdf.clone();
        int hex = firstHexLetter(copy, range[1] + 1, range[2] - 1);
        copy[hex] = (byte) Character.toLowerCase((char) copy[hex]);
        assertThat(verifier.verify(copy).intact()).isFalse();
    }

    @Test
    @DependsOnMachine
    void pdfsigSaysValidAndCatchesAChangedByte() throws Exception {
        Assumptions.assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
        Path good = dir.resolve("good.pdf");
        Files.write(good, pdf);
        assertThat(run("pdfsig", good.toString())).contains("Signature is Valid", "Total document signed",
                "ETSI.CAdES.detached", "张伟");
        byte[] copy = pdf.clone();
        int at = byteRange(pdf)[1] / 2;
        copy[at] = (byte) (copy[at] ^ 0x01);
        Path bad = dir.resolve("bad.pdf");
        Files.write(bad, copy);
        assertThat(run("pdfsig", bad.toString())).doesNotContain("Signature is Valid");
    }

    static int[] byteRange(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getSignatureDictionaries().get(0).getByteRange();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstHexLetter(byte[] pdf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pdf[i] >= 'A' && pdf[i] <= 'F') {
                return i;
            }
        }
        throw new AssertionError("no hex letter");
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
