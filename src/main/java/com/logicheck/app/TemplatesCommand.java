package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.service.TemplateEditorService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck templates}: lists the templates (newest version of each) in the data folder;
 * {@code templates export --xlsx FILE CODE…} and {@code templates import FILE} move them through the 考核表 Excel form.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        subcommands = {TemplatesCommand.Export.class, TemplatesCommand.Import.class, TemplatesCommand.PaperForm.class,
                TemplatesCommand.ImportPaper.class})
final class TemplatesCommand implements Callable<Integer> {
    @Mixin
    Invocation run;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        try (AppContext context = run.open()) {
            out.println(messages.get("cli.templates.header"));
            for (TemplateRepository.TemplateSummary t : context.core().templates().latest()) {
                out.println(String.join("\t", t.code(), "v" + t.version(), messages.label(t.serviceLine()),
                        String.valueOf(t.itemCount()), t.title()));
            }
        }
        out.flush();
        return 0;
    }

    /** {@code templates export --xlsx FILE CODE…}: the newest version of each template, one sheet each. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--xlsx", required = true, paramLabel = "FILE")
        Path file;
        @Parameters(arity = "0..*", paramLabel = "CODE", descriptionKey = "CODE")
        List<String> codes = new ArrayList<>();

        @Override
        public Integer call() {
            try (AppContext context = run.openInLanguage()) {
                TemplateEditorService editor = context.templateEditing().editor();
                List<String> chosen = codes.isEmpty()
                        ? context.core().templates().latest().stream().map(TemplateRepository.TemplateSummary::code).toList() : codes;
                List<ChecklistTemplate> templates = chosen.stream().map(editor::latest).toList();
                write(file, editor.exportWorkbook(templates));
                run.say("cli.templates.exported", templates.size(), file);
            }
            return 0;
        }
    }

    /** {@code templates import FILE}: publishes the workbook's templates (all or nothing). */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends FileCommand {
        @Override
        public Integer call() {
            return importFile(run, file, as, (context, actor, in) -> context.templateEditing().editor()
                    .importWorkbook(in, file.getFileName().toString(), actor).stream()
                    .map(i -> run.messages().get("cli.templates.imported." + i.action().name(), i.sheet(), i.code(),
                            i.version())).toList());
        }
    }

    /** {@code templates paper-form --xlsx FILE CODE}: the template's 补录 form (its layout with a 扣分 column). */
    @Command(name = "paper-form", mixinStandardHelpOptions = true)
    static final class PaperForm implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--xlsx", required = true, paramLabel = "FILE")
        Path file;
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            try (AppContext context = run.openInLanguage()) {
                write(file, context.inspection().backEntries().paperForm(code));
                run.say("cli.templates.paperForm", code, file);
            }
            return 0;
        }
    }

    /** {@code templates import-paper FILE}: back-enters the workbook's answered paper sheets (all or nothing). */
    @Command(name = "import-paper", mixinStandardHelpOptions = true)
    static final class ImportPaper extends FileCommand {
        @Override
        public Integer call() {
            return importFile(run, file, as, (context, actor, in) -> context.inspection().backEntries()
                    .importWorkbook(actor, in, file.getFileName().toString()).stream()
                    .map(i -> run.messages().get("cli.templates.paperImported", i.sheet(), i.inspection().displayNumber(),
                            i.inspection().startedAt().toLocalDate(), Scores.format(i.score().total()))).toList());
        }
    }

    /** An import of one file ({@code FILE}) as a person ({@code --as}; default: the current user). */
    abstract static class FileCommand implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Option(names = "--as", paramLabel = "PERSON")
        String as;
    }

    /** What an import does with the open data folder, the acting person and the file: the lines it reports. */
    interface FileImport {
        List<String> run(AppContext context, UUID actorId, InputStream in);
    }

    /** Opens the data folder and {@code file}, imports as {@code as} (null: the current user) and prints the lines. */
    static int importFile(Invocation run, Path file, String as, FileImport work) {
        try (AppContext context = run.openInLanguage();
             InputStream in = Files.newInputStream(file)) {
            var actor = run.actor(context, as);
            PrintWriter out = run.out();
            work.run(context, actor.id(), in).forEach(out::println);
            out.flush();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.xlsx.unreadable", file, String.valueOf(e.getMessage())));
        }
        return 0;
    }

    static void write(Path file, byte[] bytes) {
        AtomicFile.write(file, bytes, AtomicFile.Readers.SHARED);
    }
}
