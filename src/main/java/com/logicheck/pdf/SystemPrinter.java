package com.logicheck.pdf;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints PDFs on the system's printers with PDFBox's printing support: {@link #dialog} shows the system's printer
 * dialog (printer, copies, duplex) once; {@link Chosen#print} then prints each document with what was chosen,
 * at the pages' own size (no scaling, as signed).
 */
public final class SystemPrinter {
    private SystemPrinter() {
    }

    /** The printer and settings the user chose. */
    public static final class Chosen {
        private final PrinterJob job;
        private final PrintRequestAttributeSet attributes;

        private Chosen(PrinterJob job, PrintRequestAttributeSet attributes) {
            this.job = job;
            this.attributes = attributes;
        }

        /** Prints {@code pdf} as it is; {@code name} is what the print queue shows. */
        public synchronized void print(String name, byte[] pdf) throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                job.setPageable(new PDFPageable(doc));
                job.setJobName(name);
                attributes.add(new JobName(name, null));
                job.print(attributes);
            } catch (PrinterException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** The system's printer dialog; null when the user cancels it (or there is no printer at all). */
    public static Chosen dialog(String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        return job.printDialog(attributes) ? new Chosen(job, attributes) : null;
    }
}
