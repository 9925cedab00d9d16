package com.logicheck.app;

import com.logicheck.domain.org.Role;
import com.logicheck.suites.MigratedTemplate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process, as a user would from a shell, capturing its exit code and both output streams. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return of(System.getenv(), args);
    }

    /** With these environment variables instead of the process's (passwords for scripts). */
    static CliRun of(Map<String, String> env, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(TestContexts.main(), env, args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * Makes a new 主管 named {@code name} the current user of the data folder (one without accounts), for commands
     * only a supervisor may run, such as {@code trust}.
     */
    static void supervisorActs(Path dataDir, String name) {
        try (AppContext c = AppContext.open(MigratedTemplate.into(dataDir))) {
            var reference = c.core().reference();
            var org = reference.organisation().orElseGet(() -> reference.createOrganisation("示例县人民医院"));
            c.core().currentUser().switchTo(reference.addPerson(org.id(), name, Role.SUPERVISOR, null));
        }
    }
}
