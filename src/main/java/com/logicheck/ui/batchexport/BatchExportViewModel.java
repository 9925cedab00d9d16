package com.logicheck.ui.batchexport;

import com.logicheck.domain.org.Place;
import com.logicheck.i18n.Messages;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.ExportService;
import com.logicheck.service.ExportService.SheetToExport;
import com.logicheck.service.InspectionService;
import com.logicheck.service.PrintBatch;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.SheetLists;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Filter;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.WorkProgress;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 批量导出: the signed sheets of a month, provider, place (with the places under it) and template, written one
 * file per task on the background executor so the progress bar moves and 取消 stops between two files. Each
 * failure is listed with its reason; the files already written stay. 打印… prints the same selection on the printer
 * chosen once in the system's dialog, one document per task, each checked before it prints (ADR 0039).
 */
public final class BatchExportViewModel {
    private final ExportService export;
    private final InspectionService inspections;
    private final ReferenceDirectory reference;
    private final SheetLists templates;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final YearMonth thisMonth;
    private final Filter<YearMonth> month = new Filter<>();
    private final Filter<String> provider = new Filter<>();
    private final Filter<UUID> place = new Filter<>();
    private final Filter<String> template = new Filter<>();
    private final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    private final WorkProgress work = new WorkProgress();
    private final DocumentPrinter printer;
    private volatile boolean cancelled;
    private int written;
    private int failed;

    /** One file of the run: written (its name) or failed (the sheet and the reason). */
    public record ResultLine(boolean ok, String name, String detail) {
    }

    public BatchExportViewModel(ExportService export, InspectionService inspections, ReferenceDirectory reference,
                                SheetLists templates, Messages messages, TaskExecutor executor,
                                Navigator navigator, YearMonth thisMonth, DocumentPrinter printer) {
        this.export = export;
        this.inspections = inspections;
        this.reference = reference;
        this.templates = templates;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.thisMonth = thisMonth;
        this.printer = printer;
    }

    private record Options(List<Choice<String>> providers, List<Choice<UUID>> places, List<Choice<String>> templates) {
    }

    /** Fills the filter lists; the month starts at this month, the others at 全部. */
    public void load() {
        List<Choice<YearMonth>> ms = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            YearMonth m = thisMonth.minusMonths(i);
            ms.add(new Choice<>(messages.get("batchExport.month", String.valueOf(m.getYear()), String.format("%02d",
                    m.getMonthValue())), m));
        }
        month.offer(messages.get("batchExport.all"), ms);
        month.chosenProperty().set(month.choices().get(1));
        executor.submit(() -> new Options(
                reference.providers().stream().map(p -> new Choice<>(p.name(), p.name())).toList(),
                reference.places().stream().sorted(Comparator.comparing(Place::path))
                        .map(p -> new Choice<>(p.path(), p.id())).toList(),
                templates.templates().stream().map(t -> new Choice<>(t.title(), t.code())).toList()), o -> {
                    String all = messages.get("batchExport.all");
                    provider.offer(all, o.providers());
                    place.offer(all, o.places());
                    template.offer(all, o.templates());
                }, e -> work.say(Failures.describe(e, messages)));
    }

    /** A new run (export or print) from nothing written: counters and results cleared, the filters as they stand. */
    private ExportService.Filter beginRun() {
        cancelled = false;
        written = 0;
        failed = 0;
        results.clear();
        work.start(messages.get("batchExport.finding"));
        return new ExportService.Filter(month.value(), provider.value(), template.value());
    }

    /** Starts exporting into {@code folder}; ignored while a run is going. */
    public void start(Path folder) {
        if (work.isRunning() || folder == null) {
            return;
        }
        ExportService.Filter filter = beginRun();
        UUID placeId = place.value();
        executor.submit(() -> select(filter, placeId), rows -> {
            if (rows.isEmpty()) {
                work.count("");
                work.end(messages.get("batchExport.none"));
                return;
            }
            next(rows, 0, folder);
        }, e -> work.end(Failures.describe(e, messages)));
    }

    private List<SheetToExport> select(ExportService.Filter filter, UUID placeId) {
        List<SheetToExport> rows = export.sheetsToExport(filter);
        if (placeId == null) {
            return rows;
        }
        Set<UUID> within = within(placeId, reference.places());
        return rows.stream().filter(r -> within.contains(inspections.inspection(r.inspectionId()).placeId())).toList();
    }

    /** The place and every place under it. */
    static Set<UUID> within(UUID root, List<Place> all) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        all.forEach(p -> children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p.id()));
        Set<UUID> out = new HashSet<>();
        List<UUID> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID id = todo.remove(todo.size() - 1);
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    private void next(List<SheetToExport> rows, int index, Path folder) {
        if (cancelled || index == rows.size()) {
            finish(rows.size());
            return;
        }
        SheetToExport row = rows.get(index);
        executor.submit(() -> export.exportOne(row.inspectionId(), folder), file -> {
            written++;
            results.add(new ResultLine(true, file.getFileName().toString(), ""));
            step(index + 1, rows.size());
            next(rows, index + 1, folder);
        }, e -> {
            failed++;
            results.add(new ResultLine(false, row.fileName(), Failures.describe(e, messages)));
            step(index + 1, rows.size());
            next(rows, index + 1, folder);
        });
    }

    private void step(int done, int total) {
        work.step(done, total, messages.get("batchExport.count", done, total, written, failed));
    }

    private void finish(int total) {
        work.end(messages.get(cancelled ? "batchExport.cancelled" : "batchExport.done", written, failed,
                total - written - failed));
    }

    /** The sheets a print run found and the printer chosen for them (empty: the dialog was closed). */
    private record PrintRun(List<SheetToExport> rows, Optional<PrintBatch> batch) {
    }

    /**
     * 打印…: the signed sheets the filters select, printed as signed on the printer the user chooses once (copies and
     * duplex in the system's dialog); a missing or changed file is listed with the reason and skipped.
     */
    public void print() {
        if (work.isRunning()) {
            return;
        }
        ExportService.Filter filter = beginRun();
        UUID placeId = place.value();
        executor.submit(() -> {
            List<SheetToExport> rows = select(filter, placeId);
            if (rows.isEmpty()) {
                return new PrintRun(rows, Optional.empty());
            }
            List<PrintBatch.Document> documents = rows.stream().map(r -> new PrintBatch.Document(r.fileName(),
                    () -> export.signedPdfForPrinting(r.inspectionId()))).toList();
            return new PrintRun(rows, printer.choose(messages.get("print.jobName", rows.size()))
                    .map(job -> new PrintBatch(documents, job, messages)));
        }, run -> {
            if (run.rows().isEmpty() || run.batch().isEmpty()) {
                work.count("");
                work.end(messages.get(run.rows().isEmpty() ? "batchExport.none" : "print.dialogClosed"));
                return;
            }
            nextPrint(run.batch().get());
        }, e -> work.end(Failures.describe(e, messages)));
    }

    private void nextPrint(PrintBatch batch) {
        if (cancelled || batch.isDone()) {
            work.end(messages.get(cancelled ? "print.cancelled" : "print.done", batch.printed(), batch.skipped(),
                    batch.total() - batch.handled()));
            return;
        }
        executor.submit(batch::step, line -> {
            results.add(new ResultLine(line.printed(), line.name(), line.problem()));
            written = batch.printed();
            failed = batch.skipped();
            step(batch.handled(), batch.total());
            nextPrint(batch);
        }, e -> work.end(Failures.describe(e, messages)));
    }

    /** 取消: stops after the file being written; what is written stays. */
    public void cancel() {
        if (work.isRunning()) {
            cancelled = true;
        }
    }

    public void home() {
        cancel();
        navigator.home();
    }

    public Filter<YearMonth> month() {
        return month;
    }

    public Filter<String> provider() {
        return provider;
    }

    public Filter<UUID> place() {
        return place;
    }

    public Filter<String> template() {
        return template;
    }

    public ObservableList<ResultLine> results() {
        return results;
    }

    /** The run: whether it goes, the bar, the files done and the status line. */
    public WorkProgress work() {
        return work;
    }
}
