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
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * Issue 6 rows (ADR 0019, 0023): import N signed sheet files into a fresh laptop (verify + merge) and import the same
 * folder again (all skipped), beside a baseline from the same run: the bare {@link PdfVerifier#verify} of the same
 * files on one thread (read + verify, no trust, no record, no database). The files are made once by two laptops
 * signing N/2 后勤公司绿化保洁管理考核表 each, in parallel, and kept in {@code DIR/folder} (with {@code DIR/folder.done}
 * naming N) so the next run reuses them; each run imports into a fresh laptop under {@code DIR} and deletes it.
 * Reports wall time, the process's CPU time (every thread: merge, readers, GC, JIT) and the merging thread's.
 * {@code java … SyncImportBench N DIR} — also the child of {@code mvn -Pbench verify} (RESULT lines).
 */
public final class SyncImportBench {
    private static final char[] PASSWORD = "bench-password-1".toCharArray();

    private SyncImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("logicheck-sync-bench");
        Path folder = dir.resolve("folder");
        Path done = dir.resolve("folder.done");
        if (!Files.isRegularFile(done) || !Files.readString(done).strip().equals(String.valueOf(n))) {
            BenchMain.deleteTree(folder);
            BenchMain.deleteTree(dir.resolve("a1"));
            BenchMain.deleteTree(dir.resolve("a2"));
            long t0 = System.nanoTime();
            ExecutorService two = Executors.newFixedThreadPool(2);
            Future<?> first = two.submit(() -> generate(dir.resolve("a1"), folder, "张伟", n / 2));
            Future<?> second = two.submit(() -> generate(dir.resolve("a2"), folder, "李娜", n - n / 2));
            first.get();
            second.get();
            two.shutdown();
            Files.writeString(done, String.valueOf(n), StandardCharsets.UTF_8);
            System.err.printf(Locale.ROOT, "generated and exported %d signed sheets in %.0f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            ChildJvm.report("generated.s", String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t0) / 1e9));
        }
        Path bDir = dir.resolve("b-" + ProcessHandle.current().pid());
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (AppContext b = AppContext.open(bDir)) {
            for (String a : List.of("a1", "a2")) {
                try (AppContext signer = AppContext.open(dir.resolve(a))) {
                    signer.core().trust().all().forEach(c -> b.core().trust().add(c.sha256(), c.subject(), c.signerName(),
                            c.certificate(), null, null));
                }
            }
            List<Path> files = b.sync().importer().filesIn(folder);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            ChildJvm.report("files", files.size());
            ChildJvm.report("mb", String.format(Locale.ROOT, "%.0f", bytes / 1e6));
            ChildJvm.report("load.before", String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage()));

            // baseline: read + bare signature check of every file, one thread
            PdfVerifier verifier = new PdfVerifier();
            int intact = 0;
            Clock base = Clock.start(threads, os);
            for (Path f : files) {
                intact += verifier.verify(Files.readAllBytes(f)).intact() ? 1 : 0;
            }
            base.stop("baseline");
            ChildJvm.report("baseline.intact", intact);

            Clock imp = Clock.start(threads, os);
            ImportReport first = b.sync().importer().importFolder(folder, null, r -> { });
            imp.stop("import");
            ChildJvm.report("import.new", first.count(ImportReport.Kind.NEW));
            ChildJvm.report("import.refused", first.count(ImportReport.Kind.REFUSED) + first.count(ImportReport.Kind.HELD));

            Clock again = Clock.start(threads, os);
            ImportReport second = b.sync().importer().importFolder(folder, null, r -> { });
            again.stop("reimport");
            ChildJvm.report("reimport.skipped", second.count(ImportReport.Kind.SKIPPED));
            ChildJvm.report("load.after", String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage()));
            ChildJvm.report("workers", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            System.err.println("CPU by thread over the whole run (s): " + cpuByThread());
        } finally {
            BenchMain.deleteTree(bDir);
        }
    }

    /** Wall time, this process's CPU time and this thread's, from start to stop. */
    private record Clock(com.sun.management.OperatingSystemMXBean os, java.lang.management.ThreadMXBean threads,
                         long wall, long process, long thread) {
        static Clock start(java.lang.management.ThreadMXBean threads, com.sun.management.OperatingSystemMXBean os) {
            return new Clock(os, threads, System.nanoTime(), os.getProcessCpuTime(), threads.getCurrentThreadCpuTime());
        }

        void stop(String name) {
            double wallS = (System.nanoTime() - wall) / 1e9;
            double processS = (os.getProcessCpuTime() - process) / 1e9;
            double threadS = (threads.getCurrentThreadCpuTime() - thread) / 1e9;
            ChildJvm.report(name + ".wall.s", String.format(Locale.ROOT, "%.2f", wallS));
            ChildJvm.report(name + ".cpu.s", String.format(Locale.ROOT, "%.2f", processS));
            ChildJvm.report(name + ".thread.s", String.format(Locale.ROOT, "%.2f", threadS));
            System.err.printf(Locale.ROOT, "%s: wall %.1f s, process CPU %.1f s, calling thread CPU %.1f s%n", name,
                    wallS, processS, threadS);
        }
    }

    /**
     * CPU seconds by thread name (digits folded) over the life of this JVM, from /proc (Linux): the merging thread,
     * the readers, GC, JIT, H2; threads that ended (the readers of a finished import) are not counted.
     */
    private static String cpuByThread() {
        java.util.Map<String, Double> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                byName.merge(name, seconds, Double::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "not available (" + e.getClass().getSimpleName() + ")";
        }
        return byName.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A laptop whose inspector signs {@code count} sheets and exports them to {@code folder}. */
    private static void generate(Path data, Path folder, String name, int count) {
        try (AppContext a = AppContext.open(data)) {
            var org = a.core().reference().createOrganisation("示例县人民医院");
            var inspector = a.core().reference().addPerson(org.id(), name, Role.INSPECTOR, null);
            var site = a.core().reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
            var ward = a.core().reference().addPlace(org.id(), site, PlaceKind.AREA, "心内科病区");
            var provider = a.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
            var template = a.core().templates().latest().stream().filter(t -> t.code().equals("hospital-environment"))
                    .findFirst().orElseThrow().versionId();
            byte[] png = signature();
            for (int i = 0; i < count; i++) {
                Inspection s = a.inspection().service().start(new InspectionRepository.NewInspection(template,
                        provider.id(), ward.id(), inspector.id(), InspectionKind.SPOT_CHECK));
                List<ItemResult> answers = new ArrayList<>(a.inspection().service().template(s).items()
                        .map(it -> ItemResult.pass(it.id())).toList());
                answers.forEach(r -> a.inspection().service().answer(s, r, inspector.id()));
                a.inspection().service().finish(s, inspector.id());
                a.inspection().signing().sign(s.id(), new SigningService.SignRequest(png, null, null), PASSWORD, inspector.id());
                if ((i + 1) % 500 == 0) {
                    System.err.printf("%s: %d of %d signed%n", name, i + 1, count);
                }
            }
            a.sync().exporter().export(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
