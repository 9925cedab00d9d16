package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.pdf.CjkFont;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.service.ExportService;
import com.logicheck.service.SigningService;
import com.logicheck.service.VerifyService;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Child JVM for the signed-sheet rows, in a fresh data folder of its own (the reference dataset plays no part in
 * writing one PDF): a one-page 10-item sheet with two deductions and notes, signed through the real
 * {@link SigningService} (record, layout, PDF/A-3b, PAdES signature, file moved into place, database updated);
 * the floor is raw PDFBox writing the signed sheet's own extracted lines in the same font, no layout, no
 * signing, interleaved with the signings. Then a batch: N sheets signed one after another, exported by month,
 * and every exported file verified.
 * <p>Arguments: data folder, warm-up signings, timed signings, batch size.
 */
public final class SignedSheetProbe {
    private static final char[] PASSWORD = "bench-密码-2026".toCharArray();
    private final AppContext context;
    private final Person inspector;
    private final Provider provider;
    private final Place place;
    private final UUID templateVersion;
    private final byte[] signature = signaturePng(0);
    private final byte[] fontFile;

    private SignedSheetProbe(AppContext context) throws java.io.IOException {
        this.context = context;
        try (var in = CjkFont.class.getResourceAsStream(CjkFont.RESOURCE)) {
            fontFile = in.readAllBytes();
        }
        var org = context.core().reference().createOrganisation("示例县人民医院");
        inspector = context.core().reference().addPerson(org.id(), "张伟", Role.INSPECTOR, null);
        context.core().currentUser().switchTo(inspector);
        Place site = context.core().reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
        place = context.core().reference().addPlace(org.id(), site, PlaceKind.AREA, "3号楼心内科病区");
        provider = context.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
        ChecklistTemplate onePage = BenchTemplates.grid("bench-one-page", "病区保洁巡查考核表", ServiceLine.ENVIRONMENT, 2, 5,
                new BigDecimal("10"));
        context.core().templates().save(onePage, false, new TemplateFiles().contentHash(onePage));
        templateVersion = onePage.id();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int timed = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        try (AppContext context = AppContext.open(dir)) {
            new SignedSheetProbe(context).run(warmUp, timed, batch, dir.resolve("export"));
        }
        System.exit(0);
    }

    private void run(int warmUp, int timed, int batch, Path exportFolder) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            byte[] pdf = Files.readAllBytes(sign(finishedSheet(i), signaturePng(i + 1)).pdf());
            floor(lines(pdf));
        }
        double[] signMs = new double[timed];
        double[] floorMs = new double[timed];
        // CPU time of this thread too: on a shared, loaded machine wall time mostly measures the other processes
        double[] signCpuMs = new double[timed];
        double[] floorCpuMs = new double[timed];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long size = 0;
        int pages = 0;
        for (int i = 0; i < timed; i++) {
            UUID sheet = finishedSheet(i);
            byte[] inspectee = signaturePng(1000 + i);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SigningService.SignedSheet signed = sign(sheet, inspectee);
            signMs[i] = (System.nanoTime() - t0) / 1e6;
            signCpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            byte[] pdf = Files.readAllBytes(signed.pdf());
            size = pdf.length;
            List<String> lines = lines(pdf);
            c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            floor(lines);
            floorMs[i] = (System.nanoTime() - t0) / 1e6;
            floorCpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
        }
        ChildJvm.report("sign.median", Stats.median(signMs));
        ChildJvm.report("floor.median", Stats.median(floorMs));
        ChildJvm.report("sign.cpu.median", Stats.median(signCpuMs));
        ChildJvm.report("floor.cpu.median", Stats.median(floorCpuMs));
        ChildJvm.report("size.bytes", size);
        ChildJvm.report("pages", pages);

        List<UUID> sheets = new ArrayList<>();
        List<byte[]> inspectees = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            sheets.add(finishedSheet(i));
            inspectees.add(signaturePng(5000 + i));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            sign(sheets.get(i), inspectees.get(i));
        }
        ChildJvm.report("batch.sign.s", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        List<Path> files = context.inspection().export().export(new ExportService.Filter(YearMonth.now(), null, null),
                exportFolder);
        ChildJvm.report("batch.export.s", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        int ok = 0;
        for (Path f : files) {
            VerifyService.Report report = context.inspection().verify().verify(f);
            ok += report.ok() ? 1 : 0;
        }
        ChildJvm.report("batch.verify.s", (System.nanoTime() - t0) / 1e9);
        ChildJvm.report("batch.files", files.size());
        ChildJvm.report("batch.verified", ok);
    }

    /** Signed by the inspector (the same stored signature every time) and the 受检方 (a different one each time). */
    private SigningService.SignedSheet sign(UUID sheet, byte[] inspectee) {
        return context.inspection().signing().sign(sheet, new SigningService.SignRequest(signature,
                SigningService.SignerInput.drawn(null, "王敏（康洁物业）", inspectee), null), PASSWORD, inspector.id());
    }

    private UUID finishedSheet(int n) {
        Inspection sheet = context.inspection().service().start(new InspectionRepository.NewInspection(templateVersion,
                provider.id(), place.id(), inspector.id(), InspectionKind.FULL));
        List<TemplateItem> items = context.inspection().service().template(sheet).items().toList();
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = items.get(i);
            ItemResult r = (i + n) % 5 == 0
                    ? ItemResult.deduct(item.id(), quantities(item)).withNote("地面有积水两处，已要求保洁员当场清理并加强巡回保洁。")
                    : ItemResult.pass(item.id());
            context.inspection().service().answer(sheet, r, inspector.id());
        }
        context.inspection().service().finish(sheet, inspector.id());
        return sheet.id();
    }

    private static List<BigDecimal> quantities(TemplateItem item) {
        List<BigDecimal> q = new ArrayList<>();
        for (DeductionRule rule : item.rules()) {
            q.add(rule instanceof DeductionRule.Range r ? r.min() : BigDecimal.ONE);
        }
        return q;
    }

    private static List<String> lines(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * The floor: raw PDFBox as its documentation shows it — load the font file into the document, write the same
     * strings one per line, save. No layout, no archive metadata, no record, no signing.
     */
    private void floor(List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(fontFile));
            TrueTypeFont ttf = ttc.getFontByName(CjkFont.NAME.replace(" ", ""));
            doc.registerTrueTypeFontForClosing(ttf);
            PDType0Font f = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(f, 6);
                s.newLineAtOffset(30, 820);
                for (String line : lines) {
                    s.showText(line);
                    s.newLineAtOffset(0, -7);
                }
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
        }
    }

    /** A signature as the pad makes it: anti-aliased strokes on a transparent 360×120 PNG, different per seed. */
    private static byte[] signaturePng(int seed) {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.util.Random r = new java.util.Random(seed);
        int x = 20;
        int y = 60;
        for (int i = 0; i < 8; i++) {
            int nx = x + 20 + r.nextInt(30);
            int ny = 20 + r.nextInt(80);
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
