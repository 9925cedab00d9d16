package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.TemplateRepository;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code logicheck templates}: lists the templates (newest version of each) in the data folder. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the checklist templates (考核表).")
final class TemplatesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = main.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = AppContext.open(main.dataDirectory())) {
            out.println(messages.get("cli.templates.header"));
            for (TemplateRepository.TemplateSummary t : context.templates().latest()) {
                out.println(String.join("\t", t.code(), "v" + t.version(), messages.label(t.serviceLine()),
                        String.valueOf(t.itemCount()), t.title()));
            }
        }
        out.flush();
        return 0;
    }
}
