package com.logicheck.app;

import com.logicheck.domain.org.Person;
import com.logicheck.files.AtomicFile;
import com.logicheck.service.PlaceCodes.LabelSheet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logicheck places labels --to labels.pdf [--under 地点]}: 点位码标签 for every place or a subtree (ADR 0042). */
@Command(name = "places", mixinStandardHelpOptions = true,
        subcommands = {PlacesCommand.Labels.class})
final class PlacesCommand extends CommandGroup {

    @Command(name = "labels", mixinStandardHelpOptions = true)
    static final class Labels implements Callable<Integer> {
        @Option(names = "--to", required = true, paramLabel = "FILE.pdf")
        Path to;
        @Option(names = "--under", paramLabel = "PLACE")
        String under;
        @Mixin
        CliOptions.ActingPerson acting;
        @Mixin
        Invocation run;

        @Override
        public Integer call() {
            try (AppContext context = run.open()) {
                Person actor = acting.actor(run, context);
                LabelSheet sheet = context.referenceData().placeCodes().labels(actor.id(), under);
                AtomicFile.write(to, sheet.pdf(), AtomicFile.Readers.SHARED);
                run.say("cli.places.labels.done", sheet.count(), to.toAbsolutePath());
            }
            return ExitCode.DONE;
        }
    }
}
