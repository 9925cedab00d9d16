package com.logicheck.ui.summary;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.ExportService;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SigningService;
import com.logicheck.ui.common.BusyWork;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the 汇总 offers around signing: 签字 on a finished sheet; 导出 PDF, 打开 and 打印 on a signed one; 更正（修订版）,
 * which creates the next revision as a draft and opens it in the checklist. The sheet itself stays read-only.
 */
public final class SheetActionsModel {
    private final InspectionService inspections;
    private final SigningService signing;
    private final ExportService export;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final DocumentOpener opener;
    private final DocumentPrinter printer;
    private final UUID actorId;
    private final UUID inspectionId;
    private final ReadOnlyObjectWrapper<InspectionStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final BusyWork work;

    public SheetActionsModel(InspectionService inspections, SigningService signing, ExportService export,
                             Messages messages, TaskExecutor executor, Navigator navigator, DocumentOpener opener,
                             UUID actorId, UUID inspectionId, DocumentPrinter printer) {
        this.inspections = inspections;
        this.signing = signing;
        this.export = export;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.opener = opener;
        this.printer = printer;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        this.work = new BusyWork(executor, messages, message);
    }

    public void load() {
        executor.submit(() -> inspections.inspection(inspectionId), this::show,
                Failures.shownIn(message, messages));
    }

    private void show(Inspection inspection) {
        status.set(inspection.status());
        info.set(switch (inspection.status()) {
            case SIGNED -> messages.get("signing.summary.signed");
            case SUPERSEDED -> messages.get("signing.summary.superseded");
            case FINISHED -> messages.get("signing.summary.unsigned");
            case DRAFT -> "";
        });
    }

    /** 签字: opens the signing screen. */
    public void sign() {
        navigator.sign(inspectionId);
    }

    /** 导出 PDF into {@code folder}; the file's path is kept for 打开. */
    public void exportTo(Path folder) {
        work.run(() -> export.exportOne(inspectionId, folder), file -> {
            exported.set(file);
            message.set(messages.get("signing.export.done", file.toAbsolutePath()));
        });
    }

    /** 打开 the exported file in the system viewer. */
    public void openExported() {
        Path file = exported.get();
        if (file == null) {
            return;
        }
        try {
            opener.open(file);
        } catch (RuntimeException e) {
            message.set(messages.get("signing.open.failed", file, Failures.describe(e, messages)));
        }
    }

    /**
     * 打印: the signed PDF, checked (present, unchanged since signing), then the system's printer dialog (printer,
     * copies, duplex) and the file printed as it is. Closing the dialog prints nothing; a missing or changed file is
     * refused with the reason before any dialog.
     */
    public void print() {
        work.run(() -> {
            Inspection sheet = inspections.inspection(inspectionId);
            byte[] pdf = export.signedPdfForPrinting(inspectionId);
            String name = sheet.displayNumber();
            Optional<DocumentPrinter.Job> job = printer.choose(name);
            if (job.isEmpty()) {
                return messages.get("print.notPrinted", name);
            }
            job.get().print(name, pdf);
            return messages.get("print.sent", name);
        }, message::set);
    }

    /** 更正（修订版）: what the reason dialog says will happen, in words. */
    public String reviseQuestion() {
        return messages.get("signing.revise.question");
    }

    /** The label of the reason dialog's button that corrects. */
    public String reviseAction() {
        return messages.get("signing.revise.action");
    }

    /**
     * 更正（修订版） with the reason the user gave: the next revision as a draft, opened in the checklist. Without a
     * reason it is refused with the service's message and nothing is written.
     */
    public void revise(String reason) {
        work.run(() -> signing.revise(inspectionId, reason, actorId), draft -> navigator.checklist(draft.id()));
    }

    /** 发整改通知单 from this sheet's deductions. */
    public void raiseOrders() {
        navigator.raiseOrders(inspectionId);
    }

    /** Orders are raised from a sheet that counts: finished or signed (the service refuses the others anyway). */
    public BooleanBinding canRaise() {
        return Bindings.createBooleanBinding(() -> status.get() == InspectionStatus.FINISHED
                || status.get() == InspectionStatus.SIGNED, status);
    }

    public BooleanBinding canSign() {
        return Bindings.createBooleanBinding(() -> status.get() == InspectionStatus.FINISHED, status);
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> status.get() == InspectionStatus.SIGNED
                || status.get() == InspectionStatus.SUPERSEDED, status);
    }

    public BooleanBinding canRevise() {
        return Bindings.createBooleanBinding(() -> status.get() == InspectionStatus.SIGNED, status);
    }

    public ReadOnlyObjectProperty<InspectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
