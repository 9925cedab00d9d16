package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.xlsx.SurveyWorkbook;
import com.logicheck.xlsx.SurveyWorkbook.Filled;
import com.logicheck.xlsx.SurveyWorkbook.Line;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * 满意度调查表 as Excel: the blank form for a provider and month (the scheme's score range, a numbered row per member
 * of the panel, instructions in the user's language) and its import. An import is all or nothing: every fault is
 * named by row and column (a missing or unreadable category or score, a score outside the scheme's range, too few
 * respondents for the trimmed mean, a form made for another provider or month) and then nothing is stored.
 */
public final class SurveyForms {
    private static final String[] COLUMNS = {"A", "B", "C", "D"};
    private final AssessmentService assessments;
    private final AssessmentEntries entries;
    private final SurveyRepository surveys;
    private final ReferenceRepository reference;
    private final SurveyWorkbook workbook;
    private final Messages m;

    public SurveyForms(AssessmentService assessments, AssessmentEntries entries, SurveyRepository surveys,
                       ReferenceRepository reference, SurveyWorkbook workbook,
                       Messages messages) {
        this.reference = reference;
        this.assessments = assessments;
        this.entries = entries;
        this.surveys = surveys;
        this.workbook = workbook;
        this.m = messages;
    }

    /** What an import did: how many responses it stored and how many it replaced. */
    public record Imported(int responses, int replaced) {
    }

    /** The blank form; refused when the provider's scheme has no survey. */
    public byte[] blankForm(UUID providerId, YearMonth month) {
        AssessmentService.Target t = assessments.target(providerId, month);
        SurveyRule rule = entries.surveyRuleOf(providerId, month);
        int panel = rule.staffPanel() + rule.studentPanel();
        int rows = Math.max(panel, Math.max(rule.minRespondents(), 30));
        String max = Scores.format(rule.maxScore());
        List<String> instructions = new ArrayList<>(List.of(
                m.get("survey.form.howto1"),
                m.get("survey.form.howto2", m.label(RespondentKind.STAFF), m.label(RespondentKind.STUDENT),
                        m.label(RespondentKind.OTHER)),
                m.get("survey.form.howto3", max),
                m.get("survey.form.howto4", rule.minRespondents(), rule.dropHighest(), rule.dropLowest()),
                m.get("survey.form.howto5", Scores.format(rule.dissatisfiedBelow()))));
        if (panel > 0) {
            instructions.add(m.get("survey.form.panel", rule.staffPanel(), rule.studentPanel()));
        }
        instructions.add(m.get("survey.form.howto6"));
        return workbook.blank(new SurveyWorkbook.Form(m.get("survey.form.sheet"),
                m.get("survey.form.title", t.provider().name(), month.toString()),
                m.get("survey.form.subtitle", t.scheme().title(), max), instructions,
                List.of(m.get("survey.form.col.number"), m.get("survey.form.col.kind"),
                        m.get("survey.form.col.respondent"), m.get("survey.form.col.score", max)),
                Arrays.stream(RespondentKind.values()).map(m::label).toList(), rows, rule.maxScore(),
                providerId.toString(), month.toString()));
    }

    /** The provider and month a filled form was made for; refused when the bytes are not such a form. */
    public record FormTarget(UUID providerId, YearMonth month) {
    }

    public FormTarget target(byte[] bytes, String fileName) {
        Filled f = read(bytes, fileName);
        try {
            return new FormTarget(UUID.fromString(f.providerId()), YearMonth.parse(f.month()));
        } catch (RuntimeException e) {
            throw new DomainException(Problem.of("problem.surveyFile.notForm", fileName));
        }
    }

    /**
     * The responses of a filled form, every fault named; nothing is stored. Refused when the form is for another
     * provider or month than the one it is imported into.
     */
    public List<SurveyResponse> responses(byte[] bytes, String fileName, UUID providerId, YearMonth month) {
        Filled f = read(bytes, fileName);
        if (!providerId.toString().equals(f.providerId()) || !month.toString().equals(f.month())) {
            throw new DomainException(Problem.of("problem.surveyFile.otherTarget", fileName,
                    providerName(f.providerId()), f.month(), providerName(providerId.toString()), month.toString()));
        }
        SurveyRule rule = entries.surveyRuleOf(providerId, month);
        Map<String, RespondentKind> kinds = kinds();
        List<Problem> problems = new ArrayList<>();
        List<SurveyResponse> out = new ArrayList<>();
        for (Line line : f.lines()) {
            RespondentKind kind = null;
            if (line.kind().isEmpty()) {
                problems.add(Problem.of("problem.surveyFile.noKind", row(line), COLUMNS[SurveyWorkbook.KIND]));
            } else {
                kind = kinds.get(line.kind().toLowerCase(Locale.ROOT));
                if (kind == null) {
                    problems.add(Problem.of("problem.surveyFile.kind", row(line), COLUMNS[SurveyWorkbook.KIND],
                            line.kind()));
                }
            }
            BigDecimal score = line.score().value();
            String col = COLUMNS[SurveyWorkbook.SCORE];
            if (line.score().blank()) {
                problems.add(Problem.of("problem.surveyFile.noScore", row(line), col));
            } else if (score == null) {
                problems.add(Problem.of("problem.surveyFile.notNumber", row(line), col, line.score().text()));
            } else if (score.signum() < 0 || score.compareTo(rule.maxScore()) > 0
                    || score.stripTrailingZeros().scale() > 2) {
                problems.add(Problem.of("problem.surveyFile.outOfRange", row(line), col,
                        score.stripTrailingZeros().toPlainString(), Scores.format(rule.maxScore())));
            }
            if (kind != null && score != null) {
                out.add(new SurveyResponse(null, kind, line.respondent(), Scores.normalise(score)));
            }
        }
        if (f.lines().size() < rule.minRespondents()) {
            problems.add(Problem.of("problem.surveyFile.tooFew", f.lines().size(), rule.minRespondents(),
                    rule.dropHighest(), rule.dropLowest()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    /**
     * Imports a filled form into the provider's month. When the month already has responses the import is refused
     * unless {@code replace}, and then the old ones are replaced in the same transaction.
     */
    public Imported importForm(byte[] bytes, String fileName, UUID providerId, YearMonth month, boolean replace,
                               UUID actorId) {
        List<SurveyResponse> responses = responses(bytes, fileName, providerId, month);
        int existing = surveys.responses(providerId, month).size();
        if (existing > 0 && !replace) {
            throw new DomainException(Problem.of("problem.surveyFile.existing", month.toString(), existing));
        }
        if (existing > 0) {
            entries.replaceSurvey(providerId, month, responses, actorId);
        } else {
            entries.importSurvey(providerId, month, responses, actorId);
        }
        return new Imported(responses.size(), existing);
    }

    /** The Excel row number as text, so a row above 999 is not printed with a thousands separator. */
    private static String row(Line line) {
        return String.valueOf(line.row());
    }

    private Filled read(byte[] bytes, String fileName) {
        return workbook.read(bytes)
                .orElseThrow(() -> new DomainException(Problem.of("problem.surveyFile.notForm", fileName)));
    }

    private String providerName(String id) {
        return reference.providers().stream().filter(p -> p.id().toString().equals(id)).findFirst()
                .map(Provider::name).orElse(id);
    }

    /** Category words accepted in either language, and the enum names. */
    private Map<String, RespondentKind> kinds() {
        Map<String, RespondentKind> map = new HashMap<>();
        for (RespondentKind k : RespondentKind.values()) {
            map.put(m.label(k).toLowerCase(Locale.ROOT), k);
            map.put(k.name().toLowerCase(Locale.ROOT), k);
        }
        map.putAll(Map.of("教职工", RespondentKind.STAFF, "职工", RespondentKind.STAFF, "教师", RespondentKind.STAFF,
                "学生", RespondentKind.STUDENT, "其他", RespondentKind.OTHER, "staff", RespondentKind.STAFF,
                "student", RespondentKind.STUDENT, "other", RespondentKind.OTHER));
        return map;
    }
}
