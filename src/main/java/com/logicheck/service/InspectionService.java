package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionLifecycle;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The inspector's use cases on one sheet: start, answer items, take an answer back, finish, reopen. Every answer is
 * checked against the item's 评分标准 before it is stored, and stored at once. What the sheet's lifecycle allows is
 * asked of {@link InspectionLifecycle}, read locked in the use case's unit of work; the repository writes what it
 * decided. Who may write to the draft is asked of the one policy first ({@link Permission#EDIT_DRAFT}): with the
 * separation of duties on (四眼原则) only its 检查人 — the sheet is signed in their name, so nobody, not even a 管理员,
 * writes into another person's draft; the refusal says so and nothing is written.
 */
public final class InspectionService {
    private final InspectionRepository inspections;
    private final TemplateRepository templates;
    private final SheetScorer scorer;
    private final UseCases useCases;
    private final Clock clock;
    private final SeparationOfDuties duties;

    public InspectionService(InspectionRepository inspections, TemplateRepository templates, SheetScorer scorer,
                             UseCases useCases, Clock clock, SeparationOfDuties duties) {
        this.duties = duties;
        this.inspections = inspections;
        this.templates = templates;
        this.scorer = scorer;
        this.useCases = useCases;
        this.clock = clock;
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

    /** Whether the sheet's template prints a 盖章 box for the provider (a template setting). */
    public boolean sealBox(Inspection inspection) {
        return templates.sealBox(inspection.templateVersionId());
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
        BigDecimal capped = deduction;
        return asDraftWriter(inspection.id(), actorId, sheet -> {
            sheet.requireEditable();
            inspections.saveResult(inspection.id(), result, capped, actorId);
            return capped;
        });
    }

    /** Takes an answer back; a draft's only. */
    public void clear(Inspection inspection, UUID itemId, UUID actorId) {
        asDraftWriter(inspection.id(), actorId, sheet -> {
            sheet.requireEditable();
            inspections.clearResult(inspection.id(), itemId, actorId);
            return sheet;
        });
    }

    public SheetScore score(Inspection inspection) {
        return scorer.score(template(inspection), inspections.results(inspection.id()));
    }

    /**
     * draft → finished; refused while items are unanswered or when every item is 不适用. A 补录 sheet finishes on its
     * paper's date and time (its start), not on the day it was typed in (ADR 0045).
     */
    public SheetScore finish(Inspection inspection, UUID actorId) {
        useCases.inTransaction(() -> requireDraftWriter(inspection.id(), actorId));
        SheetScore score = score(inspection);
        if (!score.complete()) {
            throw new DomainException(Problem.of("problem.finish.unanswered", score.unanswered()));
        }
        if (score.notApplicable() == score.itemCount()) {
            throw new DomainException(Problem.of("problem.finish.allNotApplicable"));
        }
        asDraftWriter(inspection.id(), actorId, sheet -> {
            OffsetDateTime at = inspection.backEntered() ? inspection.startedAt() : OffsetDateTime.now(clock);
            InspectionLifecycle finished = sheet.finish(at, score.total(), score.grade());
            inspections.finish(sheet, finished, actorId);
            return finished;
        });
        return score;
    }

    /** finished → draft again, to correct an answer before signing; a signed sheet is corrected by a revision. */
    public void reopen(UUID inspectionId, UUID actorId) {
        asDraftWriter(inspectionId, actorId, sheet -> {
            inspections.reopen(sheet, sheet.reopen(), actorId);
            return sheet;
        });
    }

    /**
     * Runs {@code work} — several of this service's steps — as one unit of work: the demo writes a whole sheet
     * (created, answered, finished) in one transaction instead of one durable commit per answer.
     */
    <T> T inOneUnitOfWork(Supplier<T> work) {
        return useCases.inTransaction(work);
    }

    /** {@link #withLifecycle} once the policy lets {@code actorId} write to this sheet (its 检查人's draft). */
    private <T> T asDraftWriter(UUID inspectionId, UUID actorId, Function<InspectionLifecycle, T> work) {
        return withLifecycle(inspectionId, sheet -> {
            requireDraftWriter(inspectionId, actorId);
            return work.apply(sheet);
        });
    }

    /**
     * Refused unless the policy allows {@code actorId} {@link Permission#EDIT_DRAFT} on the draft of its owner: the
     * 检查人, or whoever types a 补录 sheet in (ADR 0045).
     */
    private Inspection requireDraftWriter(UUID inspectionId, UUID actorId) {
        Inspection sheet = inspection(inspectionId);
        useCases.require(actorId, Permission.EDIT_DRAFT, AccessContext.draftOf(sheet.draftOwner(), duties.on()));
        return sheet;
    }

    /**
     * Runs {@code work} in one unit of work on the sheet's lifecycle, read locked (so no other writer moves it on
     * before {@code work} is written); refused when there is no such sheet.
     */
    <T> T withLifecycle(UUID inspectionId, Function<InspectionLifecycle, T> work) {
        return useCases.inTransaction(() -> work.apply(inspections.lifecycle(inspectionId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", inspectionId)))));
    }
}
