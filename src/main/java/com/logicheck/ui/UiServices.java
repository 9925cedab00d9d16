package com.logicheck.ui;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.InspectionService;
import com.logicheck.service.TemplateEditorService;
import java.time.Clock;

/** What the screens need, handed over by the composition root. */
public record UiServices(InspectionService inspectionService, InspectionRepository inspections,
                         TemplateRepository templates, ReferenceRepository reference, PhotoStore photos,
                         CurrentUser currentUser, Messages messages, Clock clock,
                         AssessmentService assessments, TemplateEditorService templateEditor,
                         com.logicheck.ui.entries.EntryServices entries,
                         com.logicheck.service.ReferenceData referenceData) {

    /** Without 基础资料 (refdata): screens and tests that do not need it. */
    public UiServices(InspectionService inspectionService, InspectionRepository inspections,
                      TemplateRepository templates, ReferenceRepository reference, PhotoStore photos,
                      CurrentUser currentUser, Messages messages, Clock clock,
                      AssessmentService assessments, TemplateEditorService templateEditor,
                      com.logicheck.ui.entries.EntryServices entries) {
        this(inspectionService, inspections, templates, reference, photos, currentUser, messages, clock, assessments,
                templateEditor, entries, null);
    }
}
