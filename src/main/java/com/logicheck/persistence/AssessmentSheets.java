package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import com.logicheck.domain.assessment.InspectionOccasion;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.inspection.SheetNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads a provider's sheets for the monthly assessment in a few queries (not one per sheet): the sheets started in
 * a date range with the given statuses, and all their answers at once. Days are those of {@code zone}.
 */
public final class AssessmentSheets {
    private final DSLContext dsl;
    private final ZoneId zone;

    public AssessmentSheets(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    /** A sheet row: what the assessment shows next to its score. */
    public record SheetRow(UUID id, UUID templateVersionId, InspectionKind kind, InspectionStatus status, LocalDate date,
                           String place, String inspector, BigDecimal score, UUID supersedesId, String number) {
    }

    /** Sheets of the provider started from {@code from} to {@code to} (both days included), oldest first. */
    public List<SheetRow> sheets(UUID providerId, LocalDate from, LocalDate to, Set<InspectionStatus> statuses) {
        return sheets(providerId, from, to, statuses, noCondition());
    }

    /**
     * The same, only on the given templates (any version): the sheets a scheme counts. A provider's month may hold
     * many more sheets on other templates (its own 层级检查, canteen checks); reading them only to drop them was most of
     * an assessment's time (ADR 0020).
     */
    public List<SheetRow> sheets(UUID providerId, LocalDate from, LocalDate to, Set<InspectionStatus> statuses,
                                 Collection<String> templateCodes) {
        if (templateCodes.isEmpty()) {
            return List.of();
        }
        return sheets(providerId, from, to, statuses, INSPECTION.TEMPLATE_VERSION_ID.in(
                select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION).join(CHECKLIST_TEMPLATE)
                        .on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                        .where(CHECKLIST_TEMPLATE.CODE.in(templateCodes))));
    }

    private List<SheetRow> sheets(UUID providerId, LocalDate from, LocalDate to, Set<InspectionStatus> statuses,
                                  Condition onTemplates) {
        return dsl.select(INSPECTION.ID, INSPECTION.TEMPLATE_VERSION_ID, INSPECTION.KIND, INSPECTION.STATUS,
                        INSPECTION.STARTED_AT, PLACE.PATH, PERSON.NAME, INSPECTION.SCORE, INSPECTION.SUPERSEDES_ID,
                        INSPECTION.SHEET_NUMBER)
                .from(INSPECTION).join(PLACE).on(PLACE.ID.eq(INSPECTION.PLACE_ID))
                .join(PERSON).on(PERSON.ID.eq(INSPECTION.INSPECTOR_ID))
                .where(INSPECTION.PROVIDER_ID.eq(providerId))
                .and(INSPECTION.STARTED_AT.ge(start(from))).and(INSPECTION.STARTED_AT.lt(start(to.plusDays(1))))
                .and(INSPECTION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .and(onTemplates)
                .orderBy(INSPECTION.STARTED_AT)
                .fetch(r -> new SheetRow(r.value1(), r.value2(), InspectionKind.valueOf(r.value3()),
                        InspectionStatus.valueOf(r.value4()), r.value5().atZoneSameInstant(zone).toLocalDate(),
                        r.value6(), r.value7(), r.value8(), r.value9(), SheetNumber.orShortId(r.value10(), r.value1())));
    }

    /** The newer revision that corrects a sheet, if any. */
    public Optional<UUID> correctionOf(UUID inspectionId) {
        return dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.SUPERSEDES_ID.eq(inspectionId))
                .fetchOptional(INSPECTION.ID);
    }

    /** The answers of all the sheets, by sheet and template item. */
    public Map<UUID, Map<UUID, ItemResult>> results(Collection<UUID> inspectionIds) {
        Map<UUID, Map<UUID, ItemResult>> map = new HashMap<>();
        dsl.select(ITEM_RESULT.INSPECTION_ID, ITEM_RESULT.TEMPLATE_ITEM_ID, ITEM_RESULT.OUTCOME, ITEM_RESULT.QUANTITIES,
                        ITEM_RESULT.NOTE, ITEM_RESULT.PLACE_ID)
                .from(ITEM_RESULT).where(ITEM_RESULT.INSPECTION_ID.in(inspectionIds))
                .forEach(r -> map.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(),
                        new ItemResult(r.value2(), Outcome.valueOf(r.value3()), JsonCodec.quantities(r.value4()),
                                r.value5(), r.value6())));
        return map;
    }

    /**
     * Days and kinds of the provider's full inspections and spot checks in the range on the given templates (any
     * version), for the required-inspection counts.
     */
    public List<InspectionOccasion> occasions(UUID providerId, LocalDate from, LocalDate to,
                                              Set<InspectionStatus> statuses, Collection<String> templateCodes) {
        return dsl.select(INSPECTION.STARTED_AT, INSPECTION.KIND).from(INSPECTION)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(INSPECTION.TEMPLATE_VERSION_ID))
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(INSPECTION.PROVIDER_ID.eq(providerId)).and(CHECKLIST_TEMPLATE.CODE.in(templateCodes))
                .and(INSPECTION.STARTED_AT.ge(start(from))).and(INSPECTION.STARTED_AT.lt(start(to.plusDays(1))))
                .and(INSPECTION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .and(INSPECTION.KIND.in(InspectionKind.FULL.name(), InspectionKind.SPOT_CHECK.name()))
                .fetch(r -> new InspectionOccasion(r.value1().atZoneSameInstant(zone).toLocalDate(),
                        InspectionKind.valueOf(r.value2())));
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
