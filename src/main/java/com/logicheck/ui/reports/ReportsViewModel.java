package com.logicheck.ui.reports;

import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.service.MonthReportFiles;
import com.logicheck.service.MonthReportFiles.Outcome;
import com.logicheck.service.MonthReportFiles.ProviderLine;
import com.logicheck.service.MonthReportFiles.Standing;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Filter;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.WorkProgress;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 月度报告: for a month and every provider or one, writes the 月服务质量报告 (PDF/A), its 公示 page and the deductions
 * Excel into a chosen folder through the one service call the CLI uses, with progress and 取消 (nothing is written
 * when cancelled or refused). Afterwards it lists each provider — in the report (closed or provisional) or left out
 * and why — and the files written, which it opens or shows in their folder.
 */
public final class ReportsViewModel {
    private final MonthReportFiles reports;
    private final ReferenceDirectory reference;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Navigator navigator;
    private final DocumentOpener opener;
    private final YearMonth thisMonth;
    private final Filter<YearMonth> month = new Filter<>();
    private final Filter<UUID> provider = new Filter<>();
    private final BooleanProperty pdf = new SimpleBooleanProperty(true);
    private final BooleanProperty publicPage = new SimpleBooleanProperty(true);
    private final BooleanProperty excel = new SimpleBooleanProperty(true);
    private final ObservableList<Line> providers = FXCollections.observableArrayList();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final WorkProgress work = new WorkProgress();
    private volatile boolean cancelled;

    /** One provider of the last run, in words; {@code problem}: left out of the report. */
    public record Line(String text, boolean problem) {
    }

    /** {@code uiThread}: how progress reported from the background gets onto the UI thread. */
    public ReportsViewModel(MonthReportFiles reports, ReferenceDirectory reference, Messages messages,
                            TaskExecutor executor, Executor uiThread, Navigator navigator, DocumentOpener opener,
                            YearMonth thisMonth) {
        this.reports = reports;
        this.reference = reference;
        this.messages = messages;
        this.executor = executor;
        this.uiThread = uiThread;
        this.navigator = navigator;
        this.opener = opener;
        this.thisMonth = thisMonth;
    }

    /** The last 24 months (the month before this one chosen: reports are written once a month is over). */
    public void load() {
        List<Choice<YearMonth>> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            YearMonth m = thisMonth.minusMonths(i);
            months.add(new Choice<>(messages.get("batchExport.month", String.valueOf(m.getYear()),
                    String.format("%02d", m.getMonthValue())), m));
        }
        month.choices().setAll(months);
        month.chosenProperty().set(months.get(1));
        executor.submit(() -> reference.providers().stream().map(p -> new Choice<>(p.name(), p.id())).toList(),
                list -> provider.offer(messages.get("reports.allProviders"), list),
                e -> work.say(Failures.describe(e, messages)));
    }

    /** Chooses the month shown (a month outside the list is added to it). */
    public void chooseMonth(YearMonth value) {
        Choice<YearMonth> choice = month.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                .orElseGet(() -> {
                    Choice<YearMonth> c = new Choice<>(messages.get("batchExport.month", String.valueOf(value.getYear()),
                            String.format("%02d", value.getMonthValue())), value);
                    month.choices().add(c);
                    return c;
                });
        month.chosenProperty().set(choice);
    }

    /** 写出报告 into {@code target}; ignored while a run is going or without a folder. */
    public void start(Path target) {
        if (work.isRunning() || target == null) {
            return;
        }
        if (!pdf.get() && !publicPage.get() && !excel.get()) {
            work.say(messages.get("reports.nothingChosen"));
            return;
        }
        YearMonth ym = month.value();
        if (ym == null) {
            return;
        }
        UUID only = provider.value();
        String name = only == null ? null : reference.providers().stream().filter(p -> p.id().equals(only))
                .map(Provider::shortName).findFirst().orElse(null);
        MonthReportFiles.Request request = reports.inFolder(target, ym, Optional.ofNullable(only), name, pdf.get(),
                publicPage.get(), excel.get());
        cancelled = false;
        providers.clear();
        files.clear();
        folder.set(null);
        work.count("");
        work.start(messages.get("reports.starting", label(ym)));
        MonthReportFiles.Progress progress = new MonthReportFiles.Progress() {
            @Override
            public void step(int done, int total, String what) {
                uiThread.execute(() -> {
                    work.step(done, total, messages.get("reports.count", done, total));
                    work.say(what);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        executor.submit(() -> reports.write(request, progress), outcome -> done(outcome, target),
                e -> uiThread.execute(() -> {
                    work.at(0);
                    work.end(Failures.describe(e, messages));
                }));
    }

    private void done(Outcome outcome, Path target) {
        uiThread.execute(() -> {
            outcome.providers().forEach(l -> providers.add(line(l)));
            long omitted = outcome.providers().stream().filter(l -> l.standing() == Standing.OMITTED).count();
            if (outcome.cancelled()) {
                work.at(0);
                work.end(messages.get("reports.cancelled"));
                return;
            }
            files.setAll(outcome.written());
            folder.set(target);
            work.at(1);
            work.end(messages.get(omitted > 0 ? "reports.doneOmitted" : "reports.done", outcome.written().size(),
                    target.toAbsolutePath().toString(), omitted));
        });
    }

    private Line line(ProviderLine l) {
        return switch (l.standing()) {
            case CLOSED -> new Line(messages.get("reports.line.closed", l.provider(), l.total(), messages.grade(l.grade())), false);
            case PROVISIONAL -> new Line(messages.get("reports.line.provisional", l.provider(), l.total(), messages.grade(l.grade())),
                    false);
            case OMITTED -> new Line(messages.get("reports.line.omitted", l.provider(), l.reason()), true);
        };
    }

    private String label(YearMonth ym) {
        return messages.get("batchExport.month", String.valueOf(ym.getYear()), String.format("%02d", ym.getMonthValue()));
    }

    /** 取消: stops before the files are written; nothing is left behind. */
    public void cancel() {
        if (work.isRunning()) {
            cancelled = true;
        }
    }

    /** 打开: the written file in the system's viewer. */
    public void open(Path file) {
        if (file != null) {
            opener.open(file);
        }
    }

    /** 打开所在文件夹. */
    public void openFolder() {
        if (folder.get() != null) {
            opener.open(folder.get());
        }
    }

    public void home() {
        cancel();
        navigator.home();
    }

    public Filter<YearMonth> month() {
        return month;
    }

    public Filter<UUID> provider() {
        return provider;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public BooleanProperty publicPageProperty() {
        return publicPage;
    }

    public BooleanProperty excelProperty() {
        return excel;
    }

    /** The providers of the last run: in the report, or left out and why. */
    public ObservableList<Line> providers() {
        return providers;
    }

    /** The files the last run wrote. */
    public ObservableList<Path> files() {
        return files;
    }

    /** The folder the last run wrote into (null before a run, after a refusal or 取消). */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public WorkProgress work() {
        return work;
    }
}
