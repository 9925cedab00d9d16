package com.logicheck.ui;

import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.BackEntries;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.InspectionService;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.ReferenceData;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.SheetLists;
import com.logicheck.service.SheetPhotos;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.TemplateEditorService;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.entries.EntryServices;
import java.time.Clock;

/**
 * What the screens need, handed over by the composition root: services and their read models only, never a
 * repository (ADR 0034), and the one {@link Dialogs} every screen asks the user through. None is null; whether
 * the window offers 基础资料 is {@link WindowParts}' to say.
 */
public record UiServices(InspectionService inspectionService, SheetLists lists, SheetRecords sheets,
                         ReferenceDirectory reference, SheetPhotos photos, CurrentUser currentUser, Messages messages,
                         Clock clock, AssessmentService assessments, TemplateEditorService templateEditor,
                         EntryServices entries, ReferenceData referenceData, Dialogs dialogs,
                         PlaceCodes placeCodes, BackEntries backEntries) {
}
