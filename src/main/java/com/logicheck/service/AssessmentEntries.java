package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.domain.assessment.ThirdPartyScore;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.EvidenceFiles;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.ItemDeduction;
import com.logicheck.scoring.assessment.SurveyScore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the supervisor enters for a month — survey responses, third-party score, complaints, veto events — and the
 * exemptions and appeals on deductions. Input is checked against the scheme and the item's rules before anything is
 * stored, and each entry is stored whole or not at all.
 */
public final class AssessmentEntries {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final AssessmentService assessments;
    private final TemplateRepository templates;
    private final SurveyRepository surveys;
    private final IncidentRepository incidents;
    private final ReliefRepository reliefs;
    private final EvidenceFiles evidence;
    private final UseCases useCases;
    private final SeparationOfDuties duties;

    public AssessmentEntries(AssessmentService assessments, TemplateRepository templates, SurveyRepository surveys,
                             IncidentRepository incidents, ReliefRepository reliefs, EvidenceFiles evidence,
                             UseCases useCases, SeparationOfDuties duties) {
        this.duties = duties;
        this.evidence = evidence;
        this.useCases = useCases;
        this.assessments = assessments;
        this.templates = templates;
        this.surveys = surveys;
        this.incidents = incidents;
        this.reliefs = reliefs;
    }

    /** Adds typed responses; each score is checked against the scheme (0…max, two decimals). */
    public UUID addSurveyResponses(UUID providerId, YearMonth month, List<SurveyResponse> responses, UUID actorId) {
        SurveyRule rule = surveyRule(providerId, month);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            problems.addAll(SurveyScore.checkResponse(rule, responses.get(i), i + 1));
        }
        refuseIf(problems);
        return surveys.add(providerId, month, responses, actorId);
    }

    /**
     * Imports a whole survey (a filled-in form): refused as a whole, naming every fault, when a score is missing or
     * out of range or when it has fewer respondents than the trimmed mean needs. Nothing is stored then. One unit of
     * work that asks the policy first ({@link Permission#ENTER_MONTH_RESULTS}).
     */
    public UUID importSurvey(UUID providerId, YearMonth month, List<SurveyResponse> responses, UUID actorId) {
        return useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            refuseIf(SurveyScore.check(surveyRule(providerId, month), responses));
            return surveys.add(providerId, month, responses, actorId);
        });
    }

    /**
     * Imports a whole survey in place of the month's responses (a corrected file imported again): checked like
     * {@link #importSurvey}; the old responses are removed in the same transaction, so a refused file changes nothing.
     */
    public UUID replaceSurvey(UUID providerId, YearMonth month, List<SurveyResponse> responses, UUID actorId) {
        return useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            refuseIf(SurveyScore.check(surveyRule(providerId, month), responses));
            return surveys.replace(providerId, month, responses, actorId);
        });
    }

    /** The scheme's survey rule for the provider's month; refused when the scheme has no survey. */
    public SurveyRule surveyRuleOf(UUID providerId, YearMonth month) {
        return surveyRule(providerId, month);
    }

    public void removeSurveyResponse(UUID responseId, UUID actorId) {
        surveys.remove(responseId, actorId);
    }

    public void setThirdParty(UUID providerId, YearMonth month, ThirdPartyScore score, UUID actorId) {
        if (score.evaluator() == null || score.evaluator().isBlank()) {
            throw new DomainException(Problem.of("problem.thirdParty.noEvaluator"));
        }
        if (score.score() == null || score.score().signum() < 0 || score.score().compareTo(HUNDRED) > 0
                || score.score().stripTrailingZeros().scale() > 2) {
            throw new DomainException(Problem.of("problem.thirdParty.range"));
        }
        assessments.target(providerId, month);
        surveys.setThirdParty(providerId, month, new ThirdPartyScore(score.evaluator().strip(),
                Scores.normalise(score.score()), score.note()), actorId);
    }

    /**
     * Records a complaint about an item of a template (newest version of {@code templateCode}); {@code quantities}
     * are entered as on a sheet, one per rule of the item, and what they deduct is the complaint's basis.
     */
    public UUID addComplaint(UUID providerId, LocalDate receivedOn, String templateCode, String itemCode,
                             List<BigDecimal> quantities, boolean substantiated, String description, UUID actorId) {
        ChecklistTemplate template = templates.latest().stream().filter(t -> t.code().equals(templateCode)).findFirst()
                .map(t -> templates.load(t.versionId()))
                .orElseThrow(() -> new DomainException(Problem.of("problem.complaint.unknownTemplate", templateCode)));
        TemplateItem item = template.items().filter(i -> i.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException(Problem.of("problem.item.unknown", itemCode)));
        BigDecimal basis = ItemDeduction.capped(item, quantities);
        if (basis.signum() == 0) {
            throw new DomainException(Problem.of("problem.complaint.noDeduction", item.code()));
        }
        if (description == null || description.isBlank()) {
            throw new DomainException(Problem.of("problem.complaint.noDescription"));
        }
        return incidents.addComplaint(new IncidentRepository.NewComplaint(providerId, receivedOn, item.id(), quantities,
                basis, substantiated, description == null ? "" : description.strip()), actorId);
    }

    public void setComplaintSubstantiated(UUID complaintId, boolean substantiated, UUID actorId) {
        incidents.setSubstantiated(complaintId, substantiated, actorId);
    }

    /** Takes back a complaint entered by mistake (kept in the history). */
    public void removeComplaint(UUID complaintId, UUID actorId) {
        incidents.removeComplaint(complaintId, actorId);
    }

    /** Records a veto ground; refused without evidence, for a computed type, or with a negative loss. */
    public UUID recordVeto(UUID providerId, VetoEvent event, UUID actorId) {
        return recordVeto(providerId, event, null, actorId);
    }

    /**
     * Records a veto ground with its evidence file (may be null): the event is checked first, then the file copied
     * into the data folder, then both stored in one transaction — a refused event stores neither.
     */
    public UUID recordVeto(UUID providerId, VetoEvent event, Path evidenceFile, UUID actorId) {
        checkVeto(event);
        EvidenceFiles.StoredFile file = evidenceFile == null ? null : evidence.store(evidenceFile);
        return incidents.addVetoEvent(providerId, new VetoEvent(event.id(), event.type(), event.occurredOn(),
                event.evidence().strip(), event.loss() == null ? null : Scores.normalise(event.loss()),
                event.casualties()), file, actorId);
    }

    /** Takes back a veto event entered by mistake (kept in the history). */
    public void removeVeto(UUID eventId, UUID actorId) {
        incidents.removeVetoEvent(eventId, actorId);
    }

    /** The evidence files of the events, by event. */
    public Map<UUID, List<IncidentRepository.EvidenceFile>> evidenceFiles(Collection<UUID> vetoEventIds) {
        return vetoEventIds.isEmpty() ? Map.of() : incidents.evidenceFiles(vetoEventIds);
    }

    /** Where a stored evidence file lies in the data folder. */
    public Path evidencePath(IncidentRepository.EvidenceFile file) {
        return evidence.path(file.fileName());
    }

    /** A stored evidence file of a veto event (否决事项的证明材料), as the entry screen lists it. */
    public record VetoEvidence(UUID vetoEventId, String fileName, String originalName, long byteSize) {
    }

    /** {@link #evidenceFiles} as the screens read them. */
    public Map<UUID, List<VetoEvidence>> vetoEvidence(Collection<UUID> vetoEventIds) {
        Map<UUID, List<VetoEvidence>> out = new LinkedHashMap<>();
        evidenceFiles(vetoEventIds).forEach((id, files) -> out.put(id, files.stream()
                .map(f -> new VetoEvidence(f.vetoEventId(), f.fileName(), f.originalName(), f.byteSize())).toList()));
        return out;
    }

    /** Where a stored evidence file lies in the data folder. */
    public Path evidencePath(VetoEvidence file) {
        return evidence.path(file.fileName());
    }

    private static void checkVeto(VetoEvent event) {
        List<Problem> problems = new ArrayList<>();
        if (event.type() == null || !event.type().recorded()) {
            problems.add(Problem.of("problem.veto.type"));
        }
        if (event.occurredOn() == null) {
            problems.add(Problem.of("problem.veto.noDate"));
        }
        if (event.evidence() == null || event.evidence().isBlank()) {
            problems.add(Problem.of("problem.veto.noEvidence"));
        }
        if (event.loss() != null && event.loss().signum() < 0 || event.casualties() < 0) {
            problems.add(Problem.of("problem.veto.negative"));
        }
        refuseIf(problems);
    }

    /** 免扣申请 (检查人 or above) for a deduction on a sheet, with a reason. */
    public UUID requestExemption(UUID inspectionId, UUID itemId, ExemptionReason reason, String text, UUID actorId) {
        if (reason == null || text == null || text.isBlank()) {
            throw new DomainException(Problem.of("problem.exemption.noReason"));
        }
        return useCases.call(actorId, Permission.REQUEST_EXEMPTION, actor -> {
            requireRelievable(inspectionId);
            return reliefs.requestExemption(inspectionId, itemId, reason, text, actorId);
        });
    }

    /** 免扣审批 (主管 or 管理员), while the month is open; never by who asked for it (四眼原则, when on). */
    public void decideExemption(UUID exemptionId, boolean approve, String note, UUID supervisorId) {
        useCases.inTransaction(() -> {
            useCases.require(supervisorId, Permission.DECIDE_EXEMPTION, exemptionDecision(exemptionId));
            requireRelievable(reliefs.pendingExemptionSheet(exemptionId));
            reliefs.decideExemption(exemptionId, approve, note, supervisorId);
            return exemptionId;
        });
    }

    /**
     * What deciding this exemption touches for the policy ({@link Permission#DECIDE_EXEMPTION}): who asked for it and
     * whether duties are separated. The decision asks it, and the screen asks the policy with it to disable 批准/驳回.
     */
    public AccessContext exemptionDecision(UUID exemptionId) {
        return AccessContext.decidingRequestOf(reliefs.exemptionRequester(exemptionId).orElse(null), duties.on());
    }

    /** {@link #exemptionDecision} for deciding an appeal ({@link Permission#DECIDE_APPEAL}): who lodged it. */
    public AccessContext appealDecision(UUID appealId) {
        return AccessContext.decidingRequestOf(reliefs.appealRaiser(appealId).orElse(null), duties.on());
    }

    /** 申诉 by anyone known, the provider's contact too, with a statement. */
    public UUID raiseAppeal(UUID inspectionId, UUID itemId, String statement, UUID actorId) {
        if (statement == null || statement.isBlank()) {
            throw new DomainException(Problem.of("problem.appeal.noStatement"));
        }
        return useCases.call(actorId, Permission.LODGE_APPEAL, actor -> {
            requireRelievable(inspectionId);
            return reliefs.raiseAppeal(inspectionId, itemId, statement, actorId);
        });
    }

    /** 申诉裁决 (主管 or 管理员) with a reason, while the month is open; never by who lodged it (四眼原则, when on). */
    public void decideAppeal(UUID appealId, boolean overturn, String reason, UUID supervisorId) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Problem.of("problem.appeal.noReason"));
        }
        useCases.inTransaction(() -> {
            useCases.require(supervisorId, Permission.DECIDE_APPEAL, appealDecision(appealId));
            requireRelievable(reliefs.openAppealSheet(appealId));
            reliefs.decideAppeal(appealId, overturn, reason, supervisorId);
            return appealId;
        });
    }

    /**
     * 免扣 / 申诉 only on a sheet that counts: the lifecycle decides ({@link InspectionLifecycle#requireRelievable}) on
     * the sheet as read in the caller's unit of work; the repository then writes (and checks the month is open).
     */
    private void requireRelievable(UUID inspectionId) {
        reliefs.sheetLifecycle(inspectionId).orElseThrow(() -> new DomainException(
                Problem.of("problem.inspection.missing", inspectionId.toString()))).requireRelievable();
    }

    private SurveyRule surveyRule(UUID providerId, YearMonth month) {
        SurveyRule rule = assessments.target(providerId, month).scheme().survey();
        if (rule == null) {
            throw new DomainException(Problem.of("problem.survey.notInScheme"));
        }
        return rule;
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
