package com.logicheck.ui.batchexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class BatchExportViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void setUp() {
        fx = UiFixture.create(dir.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** A fake printer: records what it printed; the dialog is closed when {@code closed}. */
    private final List<String> printed = new ArrayList<>();
    private boolean closed;
    private final DocumentPrinter printer = jobName -> closed ? Optional.empty()
            : Optional.of((name, pdf) -> printed.add(name));

    private BatchExportViewModel vm(TaskExecutor executor) {
        BatchExportViewModel m = new BatchExportViewModel(fx.context.inspection().export(), fx.context.inspection().service(),
                new ReferenceDirectory(fx.context.core().reference()),
                fx.context.inspection().lists(), fx.messages, executor, navigator,
                YearMonth.now(fx.context.clock()), printer);
        m.load();
        return m;
    }

    private static long pdfs(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }

    @Test
    void exportsTheSignedSheetsOfTheFilterAndSummarises() throws Exception {
        SignedSheets.signed(fx, dir);
        SignedSheets.signed(fx, dir);
        fx.finishedSheet(); // not signed: never exported
        BatchExportViewModel m = vm(TaskExecutor.synchronous());
        assertThat(m.month().chosenProperty().get().value()).isEqualTo(YearMonth.now(fx.context.clock()));
        assertThat(m.provider().choices()).extracting(Choice::label).contains("全部", UiFixture.PROVIDER);
        assertThat(m.template().choices()).extracting(Choice::label).contains(UiFixture.TEMPLATE_TITLE);

        Path out = dir.resolve("out");
        m.start(out);
        assertThat(m.work().runningProperty().get()).isFalse();
        assertThat(m.work().fractionProperty().get()).isEqualTo(1.0);
        assertThat(m.work().countProperty().get()).isEqualTo("已处理 2 / 2 · 成功 2 · 失败 0");
        assertThat(m.work().messageProperty().get()).isEqualTo("完成：写入 2 个文件，失败 0 个。");
        assertThat(m.results()).hasSize(2).allMatch(BatchExportViewModel.ResultLine::ok);
        assertThat(pdfs(out)).isEqualTo(2);
    }

    @Test
    void filtersByPlaceIncludingThePlacesUnderIt() throws Exception {
        SignedSheets.signed(fx, dir);
        BatchExportViewModel m = vm(TaskExecutor.synchronous());
        m.place().chosenProperty().set(m.place().choices().stream().filter(c -> "西院区".equals(c.label())).findFirst().orElseThrow());
        m.start(dir.resolve("west"));
        assertThat(m.work().messageProperty().get()).isEqualTo("没有符合条件的已签字检查表。");
        m.place().chosenProperty().set(m.place().choices().stream().filter(c -> "东院区".equals(c.label())).findFirst().orElseThrow());
        m.start(dir.resolve("east"));
        assertThat(pdfs(dir.resolve("east"))).isEqualTo(1);
        m.month().chosenProperty().set(m.month().choices().get(0));
        assertThat(m.month().choices().get(0).label()).isEqualTo("全部");
    }

    @Test
    void aFailedFileIsListedWithItsReasonAndTheRestGoOn() throws Exception {
        Inspection first = SignedSheets.signed(fx, dir);
        SignedSheets.signed(fx, dir);
        Files.delete(fx.context.inspection().signing().signedPdf(first.id()).orElseThrow());
        BatchExportViewModel m = vm(TaskExecutor.synchronous());
        m.start(dir.resolve("out"));
        assertThat(m.work().messageProperty().get()).isEqualTo("完成：写入 1 个文件，失败 1 个。");
        assertThat(m.results()).filteredOn(r -> !r.ok()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("不在数据目录中"));
        assertThat(pdfs(dir.resolve("out"))).isEqualTo(1);
    }

    @Test
    void cancelStopsBetweenTwoFiles() throws Exception {
        for (int i = 0; i < 3; i++) {
            SignedSheets.signed(fx, dir);
        }
        StepExecutor steps = new StepExecutor();
        BatchExportViewModel m = vm(steps);
        steps.runAll();
        Path out = dir.resolve("out");
        m.start(out);
        steps.runOne(); // finds 3 sheets, queues the first file
        steps.runOne(); // writes it, queues the second
        assertThat(m.work().runningProperty().get()).isTrue();
        assertThat(m.work().fractionProperty().get()).isEqualTo(1.0 / 3);
        m.cancel();
        steps.runAll();
        assertThat(m.work().runningProperty().get()).isFalse();
        assertThat(m.work().messageProperty().get()).isEqualTo("已取消：写入 2 个文件，失败 0 个，未处理 1 个。已写入的文件保留。");
        assertThat(pdfs(out)).isEqualTo(2);
    }

    @Test
    void printPrintsEverySignedSheetOfTheFilterOnTheChosenPrinter() throws Exception {
        SignedSheets.signed(fx, dir);
        SignedSheets.signed(fx, dir);
        fx.finishedSheet(); // not signed: never printed
        BatchExportViewModel m = vm(TaskExecutor.synchronous());
        m.print();
        assertThat(printed).hasSize(2).allMatch(n -> n.endsWith(".pdf"));
        assertThat(m.work().messageProperty().get()).isEqualTo("打印完成：已送到打印机 2 份，跳过 0 份。");
        assertThat(m.work().countProperty().get()).isEqualTo("已处理 2 / 2 · 成功 2 · 失败 0");

        closed = true;
        m.print();
        assertThat(printed).hasSize(2);
        assertThat(m.work().messageProperty().get()).isEqualTo("未打印：打印对话框已关闭。");
    }

    @Test
    void aMissingOrChangedFileIsNotPrintedListedWithItsReasonAndTheRestPrint() throws Exception {
        Inspection missing = SignedSheets.signed(fx, dir);
        Inspection changed = SignedSheets.signed(fx, dir);
        SignedSheets.signed(fx, dir);
        Files.delete(fx.context.inspection().signing().signedPdf(missing.id()).orElseThrow());
        Path file = fx.context.inspection().signing().signedPdf(changed.id()).orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 1;
        Files.write(file, bytes);
        BatchExportViewModel m = vm(TaskExecutor.synchronous());
        m.print();
        assertThat(printed).hasSize(1);
        assertThat(m.work().messageProperty().get()).isEqualTo("打印完成：已送到打印机 1 份，跳过 2 份。");
        assertThat(m.results()).filteredOn(r -> !r.ok()).extracting(BatchExportViewModel.ResultLine::detail)
                .anySatisfy(d -> assertThat(d).contains(missing.displayNumber(), "不在数据目录中"))
                .anySatisfy(d -> assertThat(d).contains(changed.displayNumber(), "已被改动或损坏"));
    }

    @Test
    void cancelStopsPrintingBetweenTwoDocuments() throws Exception {
        for (int i = 0; i < 3; i++) {
            SignedSheets.signed(fx, dir);
        }
        StepExecutor steps = new StepExecutor();
        BatchExportViewModel m = vm(steps);
        steps.runAll();
        m.print();
        steps.runOne(); // finds 3 sheets and the printer, queues the first
        steps.runOne(); // prints it, queues the second
        assertThat(printed).hasSize(1);
        m.cancel();
        steps.runAll();
        assertThat(printed).hasSize(2);
        assertThat(m.work().runningProperty().get()).isFalse();
        assertThat(m.work().messageProperty().get()).isEqualTo("已取消：已送到打印机 2 份，跳过 0 份，未打印 1 份。");
    }

    /** Runs queued tasks only when the test says so, like a background thread that the test drives. */
    static final class StepExecutor implements TaskExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            queue.add(() -> TaskExecutor.synchronous().submit(work, onSuccess, onFailure));
        }

        void runOne() {
            queue.removeFirst().run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                runOne();
            }
        }

        @Override
        public boolean drain(Duration timeout) {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
