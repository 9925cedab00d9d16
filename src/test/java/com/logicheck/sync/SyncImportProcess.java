package com.logicheck.sync;

import com.logicheck.app.AppContext;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a separate JVM by {@link SyncKillIT}: imports a folder, printing "FILE kind" after each file, until killed. */
public final class SyncImportProcess {
    private SyncImportProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AppContext c = AppContext.open(Path.of(args[0]))) {
            c.sync().importer().importFolder(Path.of(args[1]), null, r -> out.println("FILE " + r.kind()));
        }
        out.println("DONE");
    }
}
