package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.ItemDeduction;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The inspector's use cases on one sheet: start, answer items, take an answer back, finish. Every answer is
 * checked against the item's 评分标准 before it is stored, and stored at once.
 */
public final class InspectionService {
    private final InspectionRepository inspections;
    private final TemplateRepository templates;
    private final SheetScorer scorer;

    public InspectionService(InspectionRepository inspections, TemplateRepository templates, SheetScorer scorer) {
        this.inspections = inspections;
        this.templates = templates;
        this.scorer = scorer;
    }

    public Inspection start(InspectionRepository.NewInspection n) {
        return inspections.create(n);
    }

    /** 新建检查: a draft sheet of this template version, provider, place, inspector and kind. */
    public Inspection start(UUID templateVersionId, UUID providerId, UUID placeId, UUID inspectorId,
                            InspectionKind kind) {
        return start(new InspectionRepository.NewInspection(templateVersionId, providerId, placeId, inspectorId, kind));
    }

    public Inspection inspection(UUID id) {
        return inspections.find(id).orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", id)));
    }

    public ChecklistTemplate template(Inspection inspection) {
        return templates.load(inspection.templateVersionId());
    }

    public Map<UUID, ItemResult> results(UUID inspectionId) {
        return inspections.results(inspectionId);
    }

    /** Checks the answer against the item's rules and stores it; returns the capped deduction. */
    public BigDecimal answer(Inspection inspection, ItemResult result, UUID actorId) {
        ChecklistTemplate template = template(inspection);
        TemplateItem item = template.item(result.itemId())
                .orElseThrow(() -> new DomainException(Problem.of("problem.item.unknown", result.itemId())));
        BigDecimal deduction = BigDecimal.ZERO.setScale(2);
        if (result.outcome() == Outcome.NOT_APPLICABLE && !item.naAllowed()) {
            throw new DomainException(Problem.of("problem.item.naNotAllowed", item.code()));
        }
        if (result.outcome() == Outcome.DEDUCT) {
            deduction = ItemDeduction.capped(item, result.quantities());
        }
        inspections.saveResult(inspection.id(), result, deduction, actorId);
        return deduction;
    }

    public void clear(Inspection inspection, UUID itemId, UUID actorId) {
        inspections.clearResult(inspection.id(), itemId, actorId);
    }

    public SheetScore score(Inspection inspection) {
        return scorer.score(template(inspection), inspections.results(inspection.id()));
    }

    /** draft → finished; refused while items are unanswered or when every item is 不适用. */
    public SheetScore finish(Inspection inspection, UUID actorId) {
        SheetScore score = score(inspection);
        if (!score.complete()) {
            throw new DomainException(Problem.of("problem.finish.unanswered", score.unanswered()));
        }
        if (score.notApplicable() == score.itemCount()) {
            throw new DomainException(Problem.of("problem.finish.allNotApplicable"));
        }
        inspections.finish(inspection.id(), score.total(), score.grade(), actorId);
        return score;
    }
}
