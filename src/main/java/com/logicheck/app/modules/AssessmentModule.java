package com.logicheck.app.modules;

import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.EvidenceFiles;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.service.SurveyForms;
import com.logicheck.xlsx.SurveyWorkbook;

/**
 * 月度考核: the monthly assessment (ADR 0008), its entries — surveys, complaints, vetoes, reliefs with their evidence
 * (ADR 0020) — the 满意度调查表 as Excel, and the month's sheets as the assessment and its Excel export read them.
 */
public record AssessmentModule(AssessmentService service, AssessmentEntries entries, SurveyForms surveyForms,
                               AssessmentSheets sheets) {

    public static AssessmentModule build(SharedCore core) {
        var dsl = core.database().dsl();
        SurveyRepository surveys = new SurveyRepository(dsl, core.clock(), core.changeLog());
        IncidentRepository incidents = new IncidentRepository(dsl, core.clock(), core.changeLog());
        ReliefRepository reliefs = new ReliefRepository(dsl, core.clock(), core.changeLog());
        AssessmentSheets sheets = new AssessmentSheets(dsl, core.clock().getZone());
        AssessmentService service = new AssessmentService(core.reference(), core.templates(), core.schemes(), sheets,
                surveys, incidents, reliefs, new AssessmentMonthRepository(dsl, core.clock(), core.changeLog()),
                new MonthlyAssessmentCalculator(new SheetScorer()), core.useCases(), core.clock());
        AssessmentEntries entries = new AssessmentEntries(service, core.templates(), surveys, incidents, reliefs,
                new EvidenceFiles(core.dataDirectory().root().resolve("evidence")), core.useCases(),
                new SeparationOfDuties(core.settings()));
        return new AssessmentModule(service, entries, new SurveyForms(service, entries, surveys, core.reference(),
                new SurveyWorkbook(), core.messages()), sheets);
    }
}
