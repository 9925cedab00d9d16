package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.BackEntry;
import com.logicheck.domain.inspection.BackEntryRules;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.scoring.SheetScore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 补录 (issue 17 item 4, ADR 0044): a paper sheet typed in after its day. Starting one checks the paper's date and
 * inspector ({@link BackEntryRules}) and creates a draft dated on the paper, marked with who typed it in and when;
 * finishing one answers every item not typed as 合格 (the paper lists only deductions) and finishes it on the paper's
 * date. Both ask {@link Permission#BACK_ENTER} first: a supervisor for anyone's paper, an inspector for their own.
 */
public final class BackEntries {
    private final InspectionRepository inspections;
    private final InspectionService sheets;
    private final ReferenceRepository reference;
    private final SchemeRepository schemes;
    private final UseCases useCases;
    private final Clock clock;

    public BackEntries(InspectionRepository inspections, InspectionService sheets, ReferenceRepository reference,
                       SchemeRepository schemes, UseCases useCases, Clock clock) {
        this.inspections = inspections;
        this.sheets = sheets;
        this.reference = reference;
        this.schemes = schemes;
        this.useCases = useCases;
        this.clock = clock;
    }

    /** What the paper sheet is about and what it says of its day and inspector. */
    public record PaperSheet(UUID templateVersionId, UUID providerId, UUID placeId, InspectionKind kind,
                             BackEntryRules.Paper paper) {
    }

    /** Starts the 补录 draft of {@code sheet}; refused (nothing written) by the policy or a rule of the paper. */
    public Inspection start(UUID actorId, PaperSheet sheet) {
        AccessContext whosePaper = AccessContext.draftOf(sheet.paper().inspectorId(), false);
        return useCases.call(actorId, Permission.BACK_ENTER, whosePaper, actor -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<LocalDate> starts = schemes.contracts(sheet.providerId()).stream().map(Contract::startsOn).toList();
            OffsetDateTime at = BackEntryRules.startedAt(sheet.paper(), now, clock.getZone(), starts, reference.people());
            return inspections.create(new InspectionRepository.NewInspection(sheet.templateVersionId(),
                    sheet.providerId(), sheet.placeId(), sheet.paper().inspectorId(), sheet.kind()), at,
                    new BackEntry(actor.id(), now, sheet.paper().timeKnown()));
        });
    }

    /** 完成补录: every item without an answer passes, then the sheet is finished, all in one unit of work. */
    public SheetScore finish(UUID actorId, UUID inspectionId) {
        Inspection sheet = sheets.inspection(inspectionId);
        if (!sheet.backEntered()) {
            throw new DomainException(Problem.of("problem.backEntry.notBackEntered", sheet.displayNumber()));
        }
        return useCases.call(actorId, Permission.BACK_ENTER, AccessContext.draftOf(sheet.inspectorId(), false), actor -> {
            Map<UUID, ItemResult> answered = sheets.results(inspectionId);
            for (TemplateItem item : sheets.template(sheet).items().filter(i -> !answered.containsKey(i.id())).toList()) {
                sheets.answer(sheet, ItemResult.pass(item.id()), actor.id());
            }
            return sheets.finish(sheet, actor.id());
        });
    }
}
