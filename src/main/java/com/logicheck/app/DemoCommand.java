package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.service.DemoData;
import com.logicheck.service.DemoPhotos;
import com.logicheck.service.DemoPlans;
import com.logicheck.service.DemoRectification;
import com.logicheck.service.DemoSchemes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck demo}: fills an empty data folder with a realistic month of inspections. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the data folder with a realistic month of demo inspections (演示数据).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Option(names = "--seed", description = "random seed (default ${DEFAULT-VALUE})", defaultValue = "20261121")
    long seed;

    @Override
    public Integer call() {
        Messages messages = main.messages();
        try (AppContext context = AppContext.open(main.dataDirectory())) {
            Path scratch = Files.createTempDirectory("logicheck-demo-photos");
            DemoData.Summary summary = new DemoData(context.reference(), context.templates(), context.inspections(),
                    context.inspectionService(), context.photos(), new DemoPhotos(scratch), context.clock()).fill(seed);
            deleteTree(scratch);
            new DemoSchemes(context.reference(), context.schemes(), context.templates()).attachHospitalScheme();
            spec.commandLine().getOut().println(messages.get("cli.demo.done", summary.sheets(), summary.providers(),
                    summary.places(), context.dataDirectory().root()));
            DemoRectification.Summary orders = new DemoRectification(context.reference(), context.inspections(),
                    context.inspectionService(), context.rectificationService(), context.clock(),
                    context::rectificationRepositoryAt).fill(seed);
            new DemoPlans(context.reference(), context.inspectionPlans(), context.clock()).fill();
            spec.commandLine().getOut().println(messages.get("cli.demo.rectification", orders.orders(), orders.closed(),
                    orders.overdue(), orders.repeated()));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
