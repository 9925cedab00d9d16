package com.logicheck.ui.common;

import java.nio.file.Path;

/**
 * Opens a file in the system's viewer (打开): the app passes {@code HostServices.showDocument}; tests pass a
 * recorder, so no test ever starts a PDF viewer.
 */
@FunctionalInterface
public interface DocumentOpener {
    void open(Path file);
}
