package com.logicheck.service;

import java.io.IOException;
import java.util.Optional;

/**
 * 打印: the system's printers behind a small port, so that tests print to a fake and no test needs a print
 * service. {@link #choose} shows the system's printer dialog once (printer, copies, duplex); the {@link Job} it
 * returns prints signed PDFs as they are, one document at a time.
 */
public interface DocumentPrinter {
    /** No printer at all: the dialog never offers one (screens built without the system's printers). */
    DocumentPrinter NONE = jobName -> Optional.empty();

    /** The printer dialog for a job named {@code jobName}; empty when the user closes it without printing. */
    Optional<Job> choose(String jobName);

    /** A printer and its settings as the user chose them. */
    interface Job {
        /** Prints one PDF, page by page as signed; {@code name} is what the print queue shows. */
        void print(String name, byte[] pdf) throws IOException;
    }
}
