package com.logicheck.app;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.files.AtomicFile;
import com.logicheck.service.SurveyForms;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logicheck survey form|import}: the 满意度调查表 as Excel — a blank form, and a filled one imported. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        subcommands = {SurveyCommand.Form.class, SurveyCommand.Import.class})
final class SurveyCommand extends CommandGroup {
    /** {@code survey form --provider NAME --month 2026-11 --out form.xlsx}. */
    @Command(name = "form", mixinStandardHelpOptions = true)
    static final class Form implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Mixin
        CliOptions.ProviderMonth providerMonth;
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path out;

        @Override
        public Integer call() {
            YearMonth ym = providerMonth.month();
            try (AppContext context = run.openInLanguage()) {
                Provider p = providerMonth.provider(context);
                byte[] form = context.assessment().surveyForms().blankForm(p.id(), ym);
                Path target = out.toAbsolutePath();
                AtomicFile.write(target, form, AtomicFile.Readers.SHARED);
                run.say("cli.survey.formDone", target, p.name(), ym.toString());
            }
            return 0;
        }
    }

    /** {@code survey import FILE [--provider NAME --month YYYY-MM] [--replace] [--as NAME]}. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "FILE.xlsx")
        Path file;
        @Option(names = "--provider", paramLabel = "NAME")
        String provider;
        @Option(names = "--month", paramLabel = "YYYY-MM")
        String month;
        @Option(names = "--replace")
        boolean replace;
        @Option(names = "--as", paramLabel = "NAME")
        String as;

        @Override
        public Integer call() {
            byte[] bytes = CliSupport.read(file);
            String name = file.getFileName().toString();
            try (AppContext context = run.openInLanguage()) {
                SurveyForms forms = context.assessment().surveyForms();
                SurveyForms.FormTarget target = forms.target(bytes, name);
                UUID providerId = provider == null ? target.providerId()
                        : run.provider(context, provider).id();
                YearMonth ym = month == null ? target.month() : AssessCommand.parseMonth(month);
                Person actor = run.actor(context, as);
                SurveyForms.Imported done = forms.importForm(bytes, name, providerId, ym, replace, actor.id());
                run.say(done.replaced() > 0 ? "cli.survey.replaced" : "cli.survey.imported", done.responses(),
                        ym.toString(), done.replaced());
            }
            return 0;
        }
    }
}
