package com.logicheck.app;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.service.SurveyForms;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck survey form|import}: the 满意度调查表 as Excel — a blank form, and a filled one imported. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "Satisfaction survey (满意度调查) as Excel: write a blank form, import a filled one.",
        subcommands = {SurveyCommand.Form.class, SurveyCommand.Import.class})
final class SurveyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code survey form --provider NAME --month 2026-11 --out form.xlsx}. */
    @Command(name = "form", mixinStandardHelpOptions = true,
            description = "Write a blank survey form (.xlsx) for a provider and month.")
    static final class Form implements Callable<Integer> {
        @ParentCommand
        SurveyCommand survey;
        @Spec
        CommandSpec spec;
        @Option(names = "--provider", required = true, paramLabel = "NAME", description = "provider")
        String provider;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
        String month;
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "where to write the form")
        Path out;

        @Override
        public Integer call() {
            Messages messages = survey.main.messages();
            YearMonth ym = AssessCommand.parseMonth(month);
            try (AppContext context = AppContext.open(survey.main.dataDirectory(), Clocks.system(), messages)) {
                Provider p = AssessCommand.findProvider(context.reference().providers(), provider);
                byte[] form = context.surveyForms().blankForm(p.id(), ym);
                Path target = out.toAbsolutePath();
                AtomicFile.write(target, form, AtomicFile.Readers.SHARED);
                spec.commandLine().getOut().println(messages.get("cli.survey.formDone", target, p.name(), ym.toString()));
            }
            return 0;
        }
    }

    /** {@code survey import FILE [--provider NAME --month YYYY-MM] [--replace] [--as NAME]}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a filled survey form: all rows or, when any row is wrong, none (each fault listed).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        SurveyCommand survey;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "the filled form")
        Path file;
        @Option(names = "--provider", paramLabel = "NAME", description = "check the form is for this provider")
        String provider;
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "check the form is for this month")
        String month;
        @Option(names = "--replace", description = "replace the month's responses already entered")
        boolean replace;
        @Option(names = "--as", paramLabel = "NAME", description = "who enters it (default: the current user)")
        String as;

        @Override
        public Integer call() {
            Messages messages = survey.main.messages();
            byte[] bytes = CliSupport.read(file);
            String name = file.getFileName().toString();
            try (AppContext context = AppContext.open(survey.main.dataDirectory(), Clocks.system(), messages)) {
                SurveyForms forms = context.surveyForms();
                SurveyForms.FormTarget target = forms.target(bytes, name);
                UUID providerId = provider == null ? target.providerId()
                        : AssessCommand.findProvider(context.reference().providers(), provider).id();
                YearMonth ym = month == null ? target.month() : AssessCommand.parseMonth(month);
                Person actor = RectificationCli.actor(survey.main, context, as);
                SurveyForms.Imported done = forms.importForm(bytes, name, providerId, ym, replace, actor.id());
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get(done.replaced() > 0 ? "cli.survey.replaced" : "cli.survey.imported",
                        done.responses(), ym.toString(), done.replaced()));
                out.flush();
            }
            return 0;
        }
    }
}
