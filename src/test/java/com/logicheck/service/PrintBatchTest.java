package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 批量打印 against a fake printer: N documents print, 取消 stops between two, a bad file is reported and skipped. */
class PrintBatchTest {
    private final Messages zh = new Messages(Messages.CHINESE);
    private final FakePrinter printer = new FakePrinter();

    /** Records what it was given; no print service is needed. */
    static final class FakePrinter implements DocumentPrinter, DocumentPrinter.Job {
        final List<String> printed = new ArrayList<>();
        boolean chosen = true;

        @Override
        public Optional<Job> choose(String jobName) {
            return chosen ? Optional.of(this) : Optional.empty();
        }

        @Override
        public void print(String name, byte[] pdf) throws IOException {
            if (pdf.length == 0) {
                throw new IOException("printer jammed");
            }
            printed.add(name + ":" + new String(pdf));
        }
    }

    private static PrintBatch.Document doc(String name) {
        return new PrintBatch.Document(name, () -> ("%PDF " + name).getBytes());
    }

    @Test
    void aBatchPrintsEveryDocumentInOrderAsRead() {
        PrintBatch batch = new PrintBatch(List.of(doc("A"), doc("B"), doc("C")), printer, zh);
        List<PrintBatch.Line> lines = batch.run(() -> false);
        assertThat(printer.printed).containsExactly("A:%PDF A", "B:%PDF B", "C:%PDF C");
        assertThat(lines).allMatch(PrintBatch.Line::printed);
        assertThat(batch.printed()).isEqualTo(3);
        assertThat(batch.isDone()).isTrue();
        assertThat(batch.step()).isNull();
    }

    @Test
    void cancelStopsBeforeTheNextDocument() {
        PrintBatch batch = new PrintBatch(List.of(doc("A"), doc("B"), doc("C"), doc("D")), printer, zh);
        batch.run(() -> printer.printed.size() == 2);
        assertThat(printer.printed).containsExactly("A:%PDF A", "B:%PDF B");
        assertThat(batch.handled()).isEqualTo(2);
        assertThat(batch.isDone()).isFalse();
    }

    @Test
    void aMissingOrChangedFileIsReportedWithItsReasonAndSkippedTheOthersPrint() {
        PrintBatch.Document missing = new PrintBatch.Document("东院-2026-11-K7-0002", () -> {
            throw new DomainException(Problem.of("problem.export.pdfMissing", "东院-2026-11-K7-0002", "/data/signed/x.pdf"));
        });
        PrintBatch.Document changed = new PrintBatch.Document("东院-2026-11-K7-0003", () -> {
            throw new DomainException(Problem.of("problem.export.pdfDamaged", "东院-2026-11-K7-0003", "/data/signed/y.pdf"));
        });
        PrintBatch batch = new PrintBatch(List.of(doc("A"), missing, changed, doc("D")), printer, zh);
        List<PrintBatch.Line> lines = batch.run(() -> false);
        assertThat(printer.printed).containsExactly("A:%PDF A", "D:%PDF D");
        assertThat(lines.get(1).printed()).isFalse();
        assertThat(lines.get(1).problem()).contains("东院-2026-11-K7-0002", "不在数据目录中");
        assertThat(lines.get(2).problem()).contains("东院-2026-11-K7-0003", "已被改动或损坏");
        assertThat(batch.skipped()).isEqualTo(2);
        assertThat(batch.printed()).isEqualTo(2);
    }

    @Test
    void aPrinterFailureIsReportedInWordsAndTheBatchGoesOn() {
        PrintBatch.Document empty = new PrintBatch.Document("E", () -> new byte[0]);
        PrintBatch batch = new PrintBatch(List.of(empty, doc("B")), printer, zh);
        List<PrintBatch.Line> lines = batch.run(() -> false);
        assertThat(lines.get(0).problem()).contains("打印失败", "printer jammed");
        assertThat(printer.printed).containsExactly("B:%PDF B");
    }
}
