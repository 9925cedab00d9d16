package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * 批量打印: signed PDFs printed one after the other on the printer the user chose, each read and checked just
 * before it is printed. A file that is missing or changed since signing is reported with the reason and skipped;
 * the others still print. {@link #step} prints one (a screen runs one step per background task, so its bar moves
 * and 取消 stops between two documents); {@link #run} prints all until cancelled.
 */
public final class PrintBatch {
    private final List<Document> documents;
    private final DocumentPrinter.Job printer;
    private final Messages messages;
    private final List<Line> lines = new ArrayList<>();
    private int printed;

    /** A document to print: its name for people and the print queue, and how to read its checked bytes. */
    public record Document(String name, Supplier<byte[]> pdf) {
    }

    /** What happened to one document: printed, or skipped with the reason. */
    public record Line(String name, boolean printed, String problem) {
    }

    public PrintBatch(List<Document> documents, DocumentPrinter.Job printer, Messages messages) {
        this.documents = List.copyOf(documents);
        this.printer = printer;
        this.messages = messages;
    }

    /** Prints the next document and says what happened; null when every document has had its turn. */
    public Line step() {
        if (isDone()) {
            return null;
        }
        Document d = documents.get(lines.size());
        Line line;
        try {
            printer.print(d.name(), d.pdf().get());
            printed++;
            line = new Line(d.name(), true, "");
        } catch (DomainException e) {
            line = new Line(d.name(), false, messages.problems(e));
        } catch (IOException | RuntimeException e) {
            line = new Line(d.name(), false, messages.get("print.failed", String.valueOf(e.getMessage())));
        }
        lines.add(line);
        return line;
    }

    /** Prints every document in turn until {@code cancelled} says stop (checked before each document). */
    public List<Line> run(BooleanSupplier cancelled) {
        while (!isDone() && !cancelled.getAsBoolean()) {
            step();
        }
        return lines();
    }

    public boolean isDone() {
        return lines.size() == documents.size();
    }

    public int total() {
        return documents.size();
    }

    /** Documents that had their turn (printed or skipped). */
    public int handled() {
        return lines.size();
    }

    public int printed() {
        return printed;
    }

    public int skipped() {
        return lines.size() - printed;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}
