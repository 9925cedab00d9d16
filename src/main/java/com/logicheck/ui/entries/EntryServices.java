package com.logicheck.ui.entries;

import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.MonthInputs;
import com.logicheck.service.SurveyForms;
import com.logicheck.service.SurveyImports;

/**
 * What the 本月录入 screens need: the entry use cases, the survey Excel form, the month inputs of panels, areas and a
 * typed rate, the survey export import (their file choosers and
 * confirmations go through the screens' one dialog service). Evidence files open with the signed-sheet viewer.
 */
public record EntryServices(AssessmentEntries entries, SurveyForms surveyForms, MonthInputs monthInputs,
                            SurveyImports surveyImports) {
}
