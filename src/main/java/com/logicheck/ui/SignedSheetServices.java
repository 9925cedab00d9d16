package com.logicheck.ui;

import com.logicheck.service.ExportService;
import com.logicheck.service.SigningService;
import com.logicheck.service.VerifyService;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.FileDialogs;

/**
 * What the signing, export and verify screens need besides {@link UiServices}: the three services, the file
 * choosers and the system viewer (both behind interfaces, so tests open no dialog and no viewer).
 */
public record SignedSheetServices(SigningService signing, ExportService export, VerifyService verify,
                                  FileDialogs dialogs, DocumentOpener opener) {
}
