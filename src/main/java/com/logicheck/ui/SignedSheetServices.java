package com.logicheck.ui;

import com.logicheck.service.DocumentPrinter;
import com.logicheck.service.ExportService;
import com.logicheck.service.MonthReportFiles;
import com.logicheck.service.SigningService;
import com.logicheck.service.VerifyService;
import com.logicheck.ui.common.DocumentOpener;

/**
 * What the signing, export, verify and 月度报告 screens need besides {@link UiServices}: the four services, and the
 * system viewer and printers (behind interfaces, so tests open no viewer and print on a fake).
 */
public record SignedSheetServices(SigningService signing, ExportService export, VerifyService verify,
                                  DocumentOpener opener, MonthReportFiles reports, DocumentPrinter printer) {
}
