package com.logicheck.bench;

import com.logicheck.persistence.DataDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A plain JDBC connection to a data folder's database with the app's own URL settings. Opened in the JVM that
 * already has the folder open through {@code AppContext}, it joins that same H2 database (same engine, same
 * settings, same file), which is what the bulk load and the bare-UPDATE baseline need.
 */
final class BenchDatabase {
    private BenchDatabase() {
    }

    /** Must match {@code com.logicheck.persistence.Database#open}. */
    static String url(Path dataDir) {
        Path file = new DataDirectory(dataDir).databaseFile();
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
    }

    static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(url(dataDir), "sa", "");
    }

}
