package com.logicheck.ui.sync;

import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.sync.ImportReport;
import com.logicheck.sync.ImportRunner;
import com.logicheck.sync.ImportTally;
import com.logicheck.sync.RecordExporter;
import com.logicheck.sync.ReferenceExporter;
import com.logicheck.sync.SheetExporter;
import com.logicheck.sync.SignerCertificate;
import com.logicheck.sync.SyncFolder;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.WorkProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 同步: the sync folder (remembered), export (signed sheets, and optionally the signed reference-data package) and
 * import. Import runs one file per background task, so the bar moves, other screens' work is not starved, and 取消
 * stops between two files — every file is then fully imported or not at all. The summary counts every kind and
 * lists the files that need a person: refused (with the reason), held back (untrusted signer: show the certificate
 * and trust it, supervisors and administrators only) and conflicts (to the conflicts screen). While a file is
 * merged, the next ones are read and verified on the other cores ({@link com.logicheck.sync.ImportPipeline}).
 */
public final class SyncViewModel {
    public static final String FOLDER_SETTING = SyncFolder.SETTING;
    private final SyncServices sync;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Person user;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty withReference = new SimpleBooleanProperty(false);
    private final WorkProgress work = new WorkProgress();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper openConflicts = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Certificate> certificate = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Line> attention = FXCollections.observableArrayList();
    private ImportTally tally = new ImportTally();
    private volatile boolean cancelled;
    private ImportRunner run;

    /** A file that needs a person, in words; {@code file} is the path (to show a held file's certificate). */
    public record Line(ImportReport.Kind kind, String kindText, String name, String reason, Path file) {
    }

    /** A held-back signer's certificate, shown before trusting it. */
    public record Certificate(Path file, String signer, String text) {
    }

    public SyncViewModel(SyncServices sync, Messages messages, TaskExecutor executor, Navigator navigator, Person user) {
        this.sync = sync;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.user = user;
    }

    /** Reads the remembered folder and the number of open conflicts. */
    public void load() {
        executor.submit(() -> new Loaded(sync.folder().remembered().orElse(null),
                sync.conflicts().open().size()), r -> {
                    folder.set(r.folder());
                    openConflicts.set(r.openConflicts());
                }, e -> work.say(Failures.describe(e, messages)));
    }

    /** What the screen reads when it opens: the remembered folder (null: none yet) and the open conflicts. */
    private record Loaded(Path folder, int openConflicts) {
    }

    /** Chooses and remembers the sync folder. */
    public void chooseFolder(Path chosen) {
        if (chosen == null || work.isRunning()) {
            return;
        }
        folder.set(chosen);
        executor.execute(() -> sync.folder().remember(chosen),
                e -> work.say(Failures.describe(e, messages)));
    }

    private record Exported(SheetExporter.ExportReport sheets, ReferenceExporter.Result reference,
                            RecordExporter.Result records) {
    }

    /** 导出: signed sheets the folder does not hold yet, and the reference-data package when chosen. */
    public void export(char[] password) {
        Path target = folder.get();
        if (work.isRunning()) {
            return;
        }
        if (target == null) {
            work.say(messages.problem(Problem.of("problem.sync.noFolder")));
            return;
        }
        boolean reference = withReference.get();
        if (reference && (password == null || password.length == 0)) {
            work.say(messages.problem(Problem.of("problem.sync.passwordMissing")));
            return;
        }
        start(messages.get("sync.ui.exporting"));
        work.at(-1);
        executor.submit(() -> {
            ReferenceExporter.Result r = reference ? sync.references().export(target, user, password, user.id()) : null;
            RecordExporter.Result records = sync.records() == null ? null : sync.records().export(target, user, password);
            return new Exported(sync.exporter().export(target), r, records);
        }, done -> {
            List<String> parts = new ArrayList<>();
            parts.add(messages.get("sync.ui.exportDone", done.sheets().written().size(), done.sheets().alreadyThere(),
                    done.sheets().problems().size()));
            if (done.reference() != null) {
                parts.add(done.reference().written()
                        ? messages.get("sync.ui.referenceWritten", done.reference().file().getFileName(), done.reference().rows())
                        : messages.get("sync.ui.referenceThere", done.reference().file().getFileName()));
            }
            done.sheets().problems().forEach(p -> parts.add(messages.get("sync.ui.exportProblem", messages.problem(p))));
            recordLines(done.records(), parts);
            work.at(1);
            work.end(String.join("\n", parts));
            clear(password);
        }, e -> {
            work.at(0);
            work.end(Failures.describe(e, messages));
            clear(password);
        });
    }

    /** What the export did with the signed records of rectification steps and closed months (ADR 0022). */
    private void recordLines(RecordExporter.Result r, List<String> parts) {
        if (r == null) {
            return;
        }
        parts.add(messages.get("sync.record.exported", r.signed(), r.written().size(), r.alreadyThere()));
        Integer mine = user == null ? null : r.unsigned().get(user.name());
        if (mine != null) {
            parts.add(messages.get("sync.record.unsignedMine", mine));
        }
        String others = r.unsigned().entrySet().stream().filter(e -> user == null || !e.getKey().equals(user.name()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(messages.joining());
        if (!others.isEmpty()) {
            parts.add(messages.get("sync.record.unsigned", others));
        }
        if (r.awaitingSheet() > 0) {
            parts.add(messages.get("sync.record.awaitingSheet", r.awaitingSheet()));
        }
        r.problems().forEach(p -> parts.add(messages.get("sync.ui.exportProblem", messages.problem(p))));
    }

    /** 导入: every PDF under the folder, one file per task. */
    public void importFolder() {
        Path source = folder.get();
        if (work.isRunning()) {
            return;
        }
        if (source == null) {
            work.say(messages.problem(Problem.of("problem.sync.noFolder")));
            return;
        }
        start(messages.get("sync.ui.scanning"));
        work.at(-1);
        executor.submit(() -> sync.importer().filesIn(source), files -> {
            if (files.isEmpty()) {
                work.end(messages.get("sync.ui.noFiles"));
                return;
            }
            run = sync.importer().runner(files, user.id());
            work.say(messages.get("sync.ui.importing", files.size()));
            next(0, source);
        }, e -> work.end(Failures.describe(e, messages)));
    }

    /**
     * The runner's next file, on a background task; files that wait for others (a revision's original, a template in
     * a package) are tried again in another pass while that helps, then reported as they are ({@link ImportRunner}).
     */
    private void next(int done, Path root) {
        ImportRunner current = run;
        if (cancelled) {
            closeRun();
            finish(messages.get("sync.ui.importCancelled", done, current.total()));
            return;
        }
        if (!current.hasNext()) {
            closeRun();
            finish(messages.get("sync.ui.importDone", current.total()));
            return;
        }
        Path file = current.nextFile();
        executor.submit(current::next, results -> {
            results.forEach(r -> record(r, root));
            int finished = done + results.size();
            if (!results.isEmpty()) {
                step(finished, current.total());
            }
            next(finished, root);
        }, e -> {
            record(current.refuseUnreadable(file), root);
            step(done + 1, current.total());
            next(done + 1, root);
        });
    }

    /** Drops what the import's readers read ahead (after the last file, or on 取消). */
    private void closeRun() {
        if (run != null) {
            run.close();
            run = null;
        }
    }

    private void record(ImportReport.FileResult r, Path root) {
        tally.add(r);
        ImportTally.Records rc = tally.records();
        String records = !rc.any() ? "" : "\n" + messages.get("sync.record.summary", rc.applied(), rc.skipped(),
                rc.conflicts(), rc.refused());
        summary.set(messages.get("sync.ui.summary", n(ImportReport.Kind.NEW), n(ImportReport.Kind.UPDATED),
                n(ImportReport.Kind.SKIPPED), n(ImportReport.Kind.CONFLICT), n(ImportReport.Kind.HELD),
                n(ImportReport.Kind.REFUSED)) + records);
        boolean needsPerson = r.kind() == ImportReport.Kind.REFUSED || r.kind() == ImportReport.Kind.HELD
                || r.kind() == ImportReport.Kind.CONFLICT;
        if (needsPerson) {
            String name = r.file().startsWith(root) ? root.relativize(r.file()).toString() : r.file().toString();
            attention.add(new Line(r.kind(), messages.get("sync.kind." + r.kind().name()), name,
                    r.reason() == null ? "" : messages.problem(new Problem(r.reason(), r.args())), r.file()));
        }
    }

    private int n(ImportReport.Kind kind) {
        return Math.toIntExact(tally.files(kind));
    }

    private void step(int done, int total) {
        work.step(done, total, messages.get("sync.ui.count", done, total));
    }

    private void start(String text) {
        cancelled = false;
        tally = new ImportTally();
        attention.clear();
        summary.set("");
        work.count("");
        certificate.set(null);
        work.start(text);
    }

    private void finish(String text) {
        work.end(text);
        executor.submit(() -> sync.conflicts().open().size(), openConflicts::set, e -> { });
    }

    /** 取消: stops between two files. */
    public void cancel() {
        if (work.isRunning()) {
            cancelled = true;
        }
    }

    /** Whether this user may vouch for a stranger's key (ADR 0011: supervisors and administrators). */
    public boolean mayTrust() {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    /** Shows the certificate of a held file's signer, before trusting it. */
    public void showCertificate(Line line) {
        if (line == null || line.kind() != ImportReport.Kind.HELD) {
            return;
        }
        executor.submit(() -> SignerCertificate.of(sync.verify(), line.file()), c -> {
            if (!c.intact()) {
                work.say(messages.get(c.problem()));
                return;
            }
            certificate.set(new Certificate(line.file(), c.signerName(), messages.get("sync.ui.certificate.text",
                    c.signerName(), c.organisation(), c.subject(), Formats.fingerprint(c.certificateSha256()))));
        }, e -> work.say(Failures.describe(e, messages)));
    }

    /** 信任此签名人: puts the shown certificate on the trust list (supervisors and administrators only). */
    public void trustShown() {
        Certificate c = certificate.get();
        if (c == null) {
            return;
        }
        if (!mayTrust()) {
            work.say(messages.problem(Problem.of("problem.sync.trustNotAllowed")));
            return;
        }
        executor.submit(() -> sync.verify().trustSigner(c.file(), user.id()), added -> {
            certificate.set(null);
            work.say(messages.get("sync.ui.trusted", c.signer()));
        }, e -> work.say(Failures.describe(e, messages)));
    }

    public void dismissCertificate() {
        certificate.set(null);
    }

    public void conflicts() {
        navigator.syncConflicts();
    }

    public void home() {
        cancel();
        navigator.home();
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public BooleanProperty withReferenceProperty() {
        return withReference;
    }

    /** The export or import under way: whether it runs, the bar, the files done and the status line. */
    public WorkProgress work() {
        return work;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openConflictsProperty() {
        return openConflicts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Certificate> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ObservableList<Line> attention() {
        return attention;
    }

    /** For tests: the count of one kind in the last import. */
    public int count(ImportReport.Kind kind) {
        return n(kind);
    }
}
