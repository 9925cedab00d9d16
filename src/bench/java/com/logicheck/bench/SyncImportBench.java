package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.service.SigningService;
import com.logicheck.sync.ImportReport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Issue 6 rows (ADR 0019): import N signed sheet files into a fresh laptop (verify + merge) and import the same
 * folder again (all skipped). Laptop A signs N sheets of 后勤公司绿化保洁管理考核表 and exports them; laptop B trusts
 * A's inspector and imports. Prints the figures and the per-file cost, so 10 000 files can be extrapolated when the
 * machine cannot afford to sign 10 000 PDFs. {@code java … SyncImportBench N [DIR]}.
 */
public final class SyncImportBench {
    private SyncImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("logicheck-sync-bench");
        Path folder = dir.resolve("folder");
        char[] password = "bench-password-1".toCharArray();
        long t0 = System.nanoTime();
        try (AppContext a = AppContext.open(dir.resolve("a"))) {
            var org = a.reference().createOrganisation("示例县人民医院");
            var inspector = a.reference().addPerson(org.id(), "张伟", Role.INSPECTOR, null);
            var site = a.reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
            var ward = a.reference().addPlace(org.id(), site, PlaceKind.AREA, "心内科病区");
            var provider = a.reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
            var template = a.templates().latest().stream().filter(t -> t.code().equals("hospital-environment"))
                    .findFirst().orElseThrow().versionId();
            byte[] png = signature();
            boolean reuse = Files.isDirectory(folder);
            for (int i = 0; i < (reuse ? 0 : n); i++) {
                Inspection s = a.inspectionService().start(new InspectionRepository.NewInspection(template, provider.id(),
                        ward.id(), inspector.id(), InspectionKind.SPOT_CHECK));
                List<ItemResult> answers = a.inspectionService().template(s).items().map(it -> ItemResult.pass(it.id()))
                        .toList();
                answers.forEach(r -> a.inspectionService().answer(s, r, inspector.id()));
                a.inspectionService().finish(s, inspector.id());
                a.signingService().sign(s.id(), new SigningService.SignRequest(png, null, null), password, inspector.id());
            }
            long signed = System.nanoTime();
            if (!reuse) {
                a.sheetExporter().export(folder);
            }
            System.out.printf("generated %d signed sheets in %.1f s (%.0f ms each), exported in %.1f s%n", n,
                    (signed - t0) / 1e9, (signed - t0) / 1e6 / n, (System.nanoTime() - signed) / 1e9);
            Path bDir = dir.resolve("b-" + System.currentTimeMillis());
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            try (AppContext b = AppContext.open(bDir)) {
                a.trust().all().forEach(c -> b.trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(),
                        null, null));
                long c0 = cpu.getCurrentThreadCpuTime();
                long i0 = System.nanoTime();
                ImportReport first = b.sheetImporter().importFolder(folder, null, r -> { });
                long i1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                ImportReport again = b.sheetImporter().importFolder(folder, null, r -> { });
                long i2 = System.nanoTime();
                long c2 = cpu.getCurrentThreadCpuTime();
                System.out.printf("cpu: import %.1f s (%.1f ms/file, 10k ≈ %.0f s), re-import %.2f s (%.2f ms/file, 10k ≈ %.1f s); load %.1f%n",
                        (c1 - c0) / 1e9, (c1 - c0) / 1e6 / n, (c1 - c0) / 1e9 * 10_000 / n, (c2 - c1) / 1e9,
                        (c2 - c1) / 1e6 / n, (c2 - c1) / 1e9 * 10_000 / n,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                List<Path> files = b.sheetImporter().filesIn(folder);
                for (Path f : files) {
                    PdfVerifier.sha256(Files.readAllBytes(f));
                }
                long i3 = System.nanoTime();
                long bytes = 0;
                for (Path f : files) {
                    bytes += Files.size(f);
                }
                System.out.printf("import  %d files: %.1f s (%.1f ms/file) new=%d refused=%d -> 10k ≈ %.0f s (goal ≤ 120 s)%n",
                        n, (i1 - i0) / 1e9, (i1 - i0) / 1e6 / n, first.count(ImportReport.Kind.NEW),
                        first.count(ImportReport.Kind.REFUSED), (i1 - i0) / 1e9 * 10_000 / n);
                System.out.printf("re-import %d files: %.2f s (%.2f ms/file) skipped=%d -> 10k ≈ %.1f s (goal ≤ 20 s)%n",
                        n, (i2 - i1) / 1e9, (i2 - i1) / 1e6 / n, again.count(ImportReport.Kind.SKIPPED),
                        (i2 - i1) / 1e9 * 10_000 / n);
                System.out.printf("  of which reading + SHA-256 of %.1f MB: %.2f s (%.2f ms/file)%n", bytes / 1e6,
                        (i3 - i2) / 1e9, (i3 - i2) / 1e6 / n);
            }
        }
    }

    private static byte[] signature() throws java.io.IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 80);
        g.setColor(new Color(20, 30, 90));
        g.drawLine(10, 60, 230, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
