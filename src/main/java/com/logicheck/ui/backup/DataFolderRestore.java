package com.logicheck.ui.backup;

import java.nio.file.Path;

/**
 * Replaces the data folder with a checked backup and brings the app back on it: the composition root closes the
 * open folder, restores (ADR 0016) and reopens, so no screen keeps a handle to the replaced database.
 */
@FunctionalInterface
public interface DataFolderRestore {
    void restore(Path backup);
}
