package com.logicheck.app;

import com.logicheck.pdf.SystemPrinter;
import com.logicheck.service.DocumentPrinter;
import java.util.Optional;

/** The app's {@link DocumentPrinter}: the system's printer dialog and PDFBox's printing ({@link SystemPrinter}). */
final class SystemPrinters implements DocumentPrinter {
    @Override
    public Optional<Job> choose(String jobName) {
        SystemPrinter.Chosen chosen = SystemPrinter.dialog(jobName);
        return chosen == null ? Optional.empty() : Optional.of(chosen::print);
    }
}
