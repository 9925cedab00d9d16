package com.logicheck.persistence;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link DatabaseRewriteIT}: rewrites the closed folder's database and, on reaching the
 * step named in its arguments, prints "AT step" and waits there to be killed.
 */
public final class DatabaseRewriteProcess {
    private DatabaseRewriteProcess() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseRewrite.Step stop = DatabaseRewrite.Step.valueOf(args[1]);
        try (DataDirectory dir = new DataDirectory(Path.of(args[0])).prepare().lock()) {
            new DatabaseRewrite(dir, DatabaseKey.NONE, step -> {
                if (step == stop) {
                    System.out.println("AT " + step);
                    System.out.flush();
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }).run(DatabaseRewriteIT.NO_CANCEL);
        }
        System.out.println("FINISHED");
    }
}
