package com.logicheck.app.modules;

import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.EvidenceFiles;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.MonthInputRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.MonthInputs;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.service.SurveyForms;
import com.logicheck.service.SurveyImports;
import com.logicheck.xlsx.SurveyExportWorkbook;
import com.logicheck.xlsx.SurveyWorkbook;

/**
 * 月度考核: the monthly assessment (ADR 0008), its entries — surveys, complaints, vetoes, reliefs with their evidence
 * (ADR 0020) — the 满意度调查表 as Excel, the month inputs of panels, areas and a typed rate and survey exports
 * (问卷星/问卷网, ADR 0040), and the month's sheets as the assessment and its Excel export read them.
 */
public record AssessmentModule(AssessmentService service, AssessmentEntries entries, SurveyForms surveyForms,
                               AssessmentSheets sheets, MonthInputs monthInputs, SurveyImports surveyImports) {

    public static AssessmentModule build(SharedCore core) {
        var dsl = core.database().dsl();
        SurveyRepository surveys = new SurveyRepository(dsl, core.clock(), core.changeLog());
        IncidentRepository incidents = new IncidentRepository(dsl, core.clock(), core.changeLog());
        ReliefRepository reliefs = new ReliefRepository(dsl, core.clock(), core.changeLog());
        AssessmentSheets sheets = new AssessmentSheets(dsl, core.clock().getZone());
        MonthInputRepository inputs = new MonthInputRepository(dsl, core.clock(), core.changeLog());
        AssessmentService service = new AssessmentService(core.reference(), core.templates(), core.schemes(), sheets,
                surveys, incidents, reliefs, new AssessmentMonthRepository(dsl, core.clock(), core.changeLog()), inputs,
                new MonthlyAssessmentCalculator(new SheetScorer()), core.useCases(), core.clock());
        AssessmentEntries entries = new AssessmentEntries(service, core.templates(), surveys, incidents, reliefs,
                new EvidenceFiles(core.dataDirectory().root().resolve("evidence")), core.useCases(),
                new SeparationOfDuties(core.settings()));
        return new AssessmentModule(service, entries, new SurveyForms(service, entries, surveys, core.reference(),
                new SurveyWorkbook(), core.messages()), sheets, new MonthInputs(service, inputs, core.useCases()),
                new SurveyImports(service, entries, surveys, inputs, new SurveyExportWorkbook(), core.useCases()));
    }
}
