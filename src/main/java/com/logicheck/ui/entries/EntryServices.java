package com.logicheck.ui.entries;

import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.SurveyForms;

/**
 * What the 本月录入 screens need: the entry use cases, the survey Excel form, and the file choosers and
 * confirmation (tests queue answers). Evidence files open with the signed-sheet viewer.
 */
public record EntryServices(AssessmentEntries entries, SurveyForms surveyForms, EntryFiles files) {
}
