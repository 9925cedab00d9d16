package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.files.AtomicFile;
import com.logicheck.service.SurveyForms;
import com.logicheck.service.SurveyImports;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck survey form|import}: the 满意度调查表 as Excel — a blank form, a filled one imported — and a
 * 问卷星/问卷网 export imported through its column mapping.
 */
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

    /**
     * {@code survey import FILE [--provider NAME --month YYYY-MM] [--replace] [--as NAME]}: a filled form of the app's
     * own; or {@code survey import --file F --provider NAME --month YYYY-MM [--score-column H | --category-column H]
     * [--respondent-column H] [--kind-column H]}: a 问卷星/问卷网 export, mapped by the columns given or else by the
     * mapping remembered for the scheme. Both all or nothing, refused as on the screen.
     */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "FILE.xlsx", arity = "0..1")
        Path file;
        @Option(names = "--file", paramLabel = "FILE.xlsx")
        Path exportFile;
        @Option(names = "--provider", paramLabel = "NAME")
        String provider;
        @Option(names = "--month", paramLabel = "YYYY-MM")
        String month;
        @Option(names = "--score-column", paramLabel = "HEADER")
        String scoreColumn;
        @Option(names = "--category-column", paramLabel = "HEADER")
        String categoryColumn;
        @Option(names = "--respondent-column", paramLabel = "HEADER")
        String respondentColumn;
        @Option(names = "--kind-column", paramLabel = "HEADER")
        String kindColumn;
        @Option(names = "--replace")
        boolean replace;
        @Option(names = "--as", paramLabel = "NAME")
        String as;

        @Override
        public Integer call() {
            Path path = file != null ? file : exportFile;
            if (path == null) {
                throw new DomainException(Problem.of("problem.cli.surveyNoFile"));
            }
            byte[] bytes = CliSupport.read(path);
            String name = path.getFileName().toString();
            try (AppContext context = run.openInLanguage()) {
                SurveyForms forms = context.assessment().surveyForms();
                Person actor = run.actor(context, as);
                if (file == null) {
                    return importExport(context, bytes, name, actor);
                }
                SurveyForms.FormTarget target = forms.target(bytes, name);
                UUID providerId = provider == null ? target.providerId()
                        : run.provider(context, provider).id();
                YearMonth ym = month == null ? target.month() : AssessCommand.parseMonth(month);
                SurveyForms.Imported done = forms.importForm(bytes, name, providerId, ym, replace, actor.id());
                run.say(done.replaced() > 0 ? "cli.survey.replaced" : "cli.survey.imported", done.responses(),
                        ym.toString(), done.replaced());
            }
            return 0;
        }

        private int importExport(AppContext context, byte[] bytes, String name, Person actor) {
            if (provider == null || month == null) {
                throw new DomainException(Problem.of("problem.cli.surveyExportTarget"));
            }
            UUID providerId = run.provider(context, provider).id();
            YearMonth ym = AssessCommand.parseMonth(month);
            SurveyImports imports = context.assessment().surveyImports();
            boolean given = scoreColumn != null || categoryColumn != null || respondentColumn != null
                    || kindColumn != null;
            SurveyColumns columns = given ? new SurveyColumns(scoreColumn, categoryColumn, respondentColumn, kindColumn)
                    : imports.columns(bytes, name, providerId, ym).remembered().orElseThrow(() ->
                    new DomainException(Problem.of("problem.surveyExport.noMapping")));
            SurveyImports.Imported done = imports.importExport(bytes, name, providerId, ym, columns, replace,
                    actor.id());
            run.say(done.replaced() > 0 ? "cli.survey.replaced" : "cli.survey.imported", done.responses(),
                    ym.toString(), done.replaced());
            return 0;
        }
    }
}
