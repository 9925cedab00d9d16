package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.pdf.ReportPdfWriter;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.MonthExport;
import com.logicheck.service.MonthReportFiles;
import com.logicheck.service.MonthlyReports;
import com.logicheck.ui.AccountServices;
import com.logicheck.ui.DeskServices;
import com.logicheck.ui.SignedSheetServices;
import com.logicheck.ui.UiServices;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.entries.EntryServices;
import com.logicheck.ui.sync.SyncServices;
import java.time.Clock;

/**
 * What the screens receive, taken from the feature modules of an open {@link AppContext}: written once for the app,
 * the benchmark and the tests' window builder, so a screen test sees the services the app wires. The dialogs,
 * the viewer and the clock are the caller's (the app's real ones, a test's queued ones).
 */
public final class ScreenParts {

    private ScreenParts() {
    }

    /** The services every screen may use. */
    public static UiServices services(AppContext context, Messages messages, Clock clock, Dialogs dialogs) {
        var inspection = context.inspection();
        var assessment = context.assessment();
        return new UiServices(inspection.service(), inspection.lists(), inspection.records(),
                context.referenceData().directory(), inspection.photos(), context.core().currentUser(), messages, clock,
                assessment.service(), context.templateEditing().editor(),
                new EntryServices(assessment.entries(), assessment.surveyForms(), assessment.monthInputs(),
                        assessment.surveyImports()),
                context.referenceData().service(), dialogs, context.referenceData().placeCodes(),
                inspection.backEntries());
    }

    /** Signing, export and verification, with the given document viewer. */
    public static SignedSheetServices sheets(AppContext context, DocumentOpener opener) {
        return sheets(context, opener, context.core().messages());
    }

    /**
     * As {@link #sheets(AppContext, DocumentOpener)}, the 月度报告 written in the language of {@code messages}; 打印
     * finds no printer ({@link DocumentPrinter#NONE}).
     */
    public static SignedSheetServices sheets(AppContext context, DocumentOpener opener, Messages messages) {
        return sheets(context, opener, messages, DocumentPrinter.NONE);
    }

    /** As {@link #sheets(AppContext, DocumentOpener, Messages)}, printing on {@code printer}. */
    public static SignedSheetServices sheets(AppContext context, DocumentOpener opener, Messages messages,
                                             DocumentPrinter printer) {
        var inspection = context.inspection();
        return new SignedSheetServices(inspection.signing(), inspection.export(), inspection.verify(), opener,
                reports(context, messages), printer);
    }

    /** The system's printers, for the app window. */
    static DocumentPrinter systemPrinters() {
        return new SystemPrinters();
    }

    /** 月度报告 (report PDF, 公示, deductions Excel) in the language of {@code messages}: the screen's and the CLI's one. */
    public static MonthReportFiles reports(AppContext context, Messages messages) {
        var core = context.core();
        MonthlyReports reports = new MonthlyReports(context.assessment().service(), core.reference(), core.templates(),
                messages, context.plans().service(), context.plans().routes());
        MonthExport export = new MonthExport(context.assessment().sheets(), core.templates(), core.reference(),
                new SheetScorer(), messages);
        return new MonthReportFiles(reports, export, new ReportPdfWriter(core.font(), messages, core.letterhead()),
                messages, core.clock());
    }

    /** Log-in, idle lock (driven by {@code clock}), user management and the first-run wizard. */
    public static AccountServices accounts(AppContext context, Clock clock) {
        var accounts = context.accounts();
        return new AccountServices(accounts.service(), accounts.setup(), context.settings().session(), accounts.demo(), clock,
                context.sync().joining());
    }

    /** 整改台账, its start-up overdue notice and 层级检查. */
    public static DeskServices desk(AppContext context) {
        var rectification = context.rectification();
        return new DeskServices(rectification.desk(), rectification.steps(), rectification.notices(),
                context.plans().service(), rectification.service(), context.plans().routes());
    }

    /** The sync screens (ADR 0019). */
    public static SyncServices sync(AppContext context) {
        var sync = context.sync();
        return new SyncServices(sync.importer(), sync.exporter(), sync.referenceExporter(), sync.conflicts(),
                context.inspection().verify(), sync.folder(), sync.workFolder(), sync.recordExporter());
    }
}
