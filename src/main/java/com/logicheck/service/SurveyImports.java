package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.assessment.SurveyExport;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.persistence.MonthInputRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.xlsx.SurveyExportWorkbook;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * 导入问卷星/问卷网: a survey export (one row per answer sheet, a column per question) imported into a provider's month
 * through a column mapping (which column is the score or the category, the respondent, the respondent's kind),
 * remembered per scheme so the next import starts from it. Reading and previewing write nothing; the import is one
 * unit of work that asks the policy first ({@link Permission#ENTER_MONTH_RESULTS}) and is all or nothing: every bad
 * cell is listed by row and column ({@link SurveyExport}), an empty file or a closed month is refused.
 */
public final class SurveyImports {
    private final AssessmentService assessments;
    private final AssessmentEntries entries;
    private final SurveyRepository surveys;
    private final MonthInputRepository inputs;
    private final SurveyExportWorkbook workbook;
    private final UseCases useCases;

    public SurveyImports(AssessmentService assessments, AssessmentEntries entries, SurveyRepository surveys,
                         MonthInputRepository inputs, SurveyExportWorkbook workbook, UseCases useCases) {
        this.assessments = assessments;
        this.entries = entries;
        this.surveys = surveys;
        this.inputs = inputs;
        this.workbook = workbook;
        this.useCases = useCases;
    }

    /**
     * The file as the mapping dialog shows it: its column headers, how many answer rows it has, and the mapping
     * remembered for the provider's scheme (empty the first time).
     */
    public record FileColumns(List<String> headers, int rows, Optional<SurveyColumns> remembered) {
    }

    /** What an import would give: the answer sheets, the survey's result and the month's total with it. */
    public record Preview(int responses, SurveyResult survey, BigDecimal monthTotal, boolean monthComplete,
                          int existing) {
    }

    /** What an import did: how many responses it stored and how many it replaced. */
    public record Imported(int responses, int replaced) {
    }

    /** Reads the export's headers; refused when it is not a workbook or has no answer rows. */
    public FileColumns columns(byte[] bytes, String fileName, UUID providerId, YearMonth month) {
        SurveyExport.Table table = table(bytes, fileName);
        entries.surveyRuleOf(providerId, month);
        String scheme = assessments.target(providerId, month).scheme().code();
        return new FileColumns(table.headers(), table.rows().size(), inputs.surveyColumns(scheme));
    }

    /** The import's outcome without writing anything; refused as the import would be. */
    public Preview preview(byte[] bytes, String fileName, UUID providerId, YearMonth month, SurveyColumns columns,
                           boolean replace) {
        List<SurveyResponse> responses = responses(bytes, fileName, providerId, month, columns);
        int existing = surveys.responses(providerId, month).size();
        MonthlyAssessment month1 = assessments.computeWithSurvey(providerId, month, responses, !replace);
        SurveyResult survey = month1.components().stream().filter(c -> c.kind() == ComponentKind.SURVEY)
                .map(ComponentResult::survey).filter(Objects::nonNull).findFirst().orElse(null);
        return new Preview(responses.size(), survey, month1.total(), month1.complete(), existing);
    }

    /**
     * Imports the export into the provider's month and remembers the mapping for its scheme. When the month already
     * has responses the import is refused unless {@code replace}; then they are replaced in the same transaction.
     */
    public Imported importExport(byte[] bytes, String fileName, UUID providerId, YearMonth month,
                                 SurveyColumns columns, boolean replace, UUID actorId) {
        return useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            List<SurveyResponse> responses = responses(bytes, fileName, providerId, month, columns);
            int existing = surveys.responses(providerId, month).size();
            if (existing > 0 && !replace) {
                throw new DomainException(Problem.of("problem.surveyFile.existing", month.toString(), existing));
            }
            if (existing > 0) {
                entries.replaceSurvey(providerId, month, responses, actorId);
            } else {
                entries.importSurvey(providerId, month, responses, actorId);
            }
            inputs.rememberSurveyColumns(assessments.target(providerId, month).scheme().code(), columns, actorId);
            return new Imported(responses.size(), existing);
        });
    }

    private List<SurveyResponse> responses(byte[] bytes, String fileName, UUID providerId, YearMonth month,
                                           SurveyColumns columns) {
        SurveyExport.Table table = table(bytes, fileName);
        SurveyRule rule = entries.surveyRuleOf(providerId, month);
        return SurveyExport.responses(rule, columns == null ? new SurveyColumns(null, null, null, null) : columns,
                table);
    }

    private SurveyExport.Table table(byte[] bytes, String fileName) {
        SurveyExport.Table table = workbook.read(bytes).orElseThrow(() -> new DomainException(
                Problem.of("problem.surveyExport.unreadable", fileName)));
        if (table.rows().isEmpty()) {
            throw new DomainException(Problem.of("problem.surveyExport.empty", fileName));
        }
        return table;
    }
}
