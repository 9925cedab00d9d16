package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.EXEMPTION;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ITEM;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ORDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_PHOTO;
import static com.logicheck.persistence.jooq.Tables.REINSPECTION;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.PriorOrder;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.Reinspection;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.persistence.jooq.tables.records.RectificationOrderRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * 整改通知单 and 复查 on disk. Every step loads the order inside its transaction, lets the domain decide
 * ({@link RectificationOrder}), writes the new state and one change_log row (entity {@code rectification}, with the
 * sheet's inspection id, so the order's history is also the sheet's).
 */
public final class RectificationRepository {
    static final String ENTITY = "rectification";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final RecordLog records;

    public RectificationRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this(dsl, clock, changeLog, null);
    }

    /** {@code records}: where each step is also recorded for signing and sync (ADR 0022); null: not recorded. */
    public RectificationRepository(DSLContext dsl, Clock clock, ChangeLog changeLog, RecordLog records) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
        this.records = records;
    }

    /** A deducted item of a sheet, with what the order needs to know about it. */
    public record Deduction(OrderItem item, String requirement, boolean exempted, boolean onOrder) {
    }

    /** The sheet's facts an order is raised from. */
    public record SheetDeductions(UUID inspectionId, InspectionStatus status, UUID providerId, UUID placeId,
                                  ServiceLine serviceLine, LocalDate inspectedOn, List<Deduction> deductions) {
    }

    public SheetDeductions deductions(UUID inspectionId) {
        var sheet = dsl.select(INSPECTION.STATUS, INSPECTION.PROVIDER_ID, INSPECTION.PLACE_ID, INSPECTION.STARTED_AT,
                        CHECKLIST_TEMPLATE.ID, CHECKLIST_TEMPLATE.SERVICE_LINE)
                .from(INSPECTION).join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(INSPECTION.TEMPLATE_VERSION_ID))
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(INSPECTION.ID.eq(inspectionId)).fetchOne();
        if (sheet == null) {
            throw new DomainException(Problem.of("problem.inspection.missing", inspectionId.toString()));
        }
        Set<UUID> exempted = exemptedItems(inspectionId);
        Set<UUID> onOrder = new HashSet<>(dsl.select(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID).from(RECTIFICATION_ITEM)
                .where(RECTIFICATION_ITEM.INSPECTION_ID.eq(inspectionId)).fetch(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID));
        UUID templateId = sheet.value5();
        UUID sheetPlace = sheet.value3();
        List<Deduction> list = dsl.select(TEMPLATE_ITEM.ID, TEMPLATE_ITEM.CODE, TEMPLATE_ITEM.CONTENT,
                        TEMPLATE_ITEM.REQUIREMENT, ITEM_RESULT.PLACE_ID, ITEM_RESULT.DEDUCTION, ITEM_RESULT.NOTE)
                .from(ITEM_RESULT).join(TEMPLATE_ITEM).on(TEMPLATE_ITEM.ID.eq(ITEM_RESULT.TEMPLATE_ITEM_ID))
                .where(ITEM_RESULT.INSPECTION_ID.eq(inspectionId).and(ITEM_RESULT.OUTCOME.eq(Outcome.DEDUCT.name()))
                        .and(ITEM_RESULT.DEDUCTION.gt(BigDecimal.ZERO)))
                .orderBy(TEMPLATE_ITEM.POSITION)
                .fetch(r -> new Deduction(new OrderItem(r.value1(), templateId, r.value2(), r.value3(),
                        r.value5() == null ? sheetPlace : r.value5(), r.value6(), r.value7()), r.value4(),
                        exempted.contains(r.value1()), onOrder.contains(r.value1())));
        return new SheetDeductions(inspectionId, InspectionStatus.valueOf(sheet.value1()), sheet.value2(), sheetPlace,
                ServiceLine.valueOf(sheet.value6()), sheet.value4().atZoneSameInstant(clock.getZone()).toLocalDate(), list);
    }

    /** Earlier orders on the same item (template + code) at the same place, for the repeat rule. */
    public List<PriorOrder> priorOrders(UUID templateId, String itemCode, UUID placeId) {
        return dsl.selectDistinct(RECTIFICATION_ORDER.ID, RECTIFICATION_ORDER.STATUS, RECTIFICATION_ORDER.CLOSED_ON,
                        RECTIFICATION_ORDER.RESPONSIBILITY_LEVEL)
                .from(RECTIFICATION_ITEM).join(RECTIFICATION_ORDER).on(RECTIFICATION_ORDER.ID.eq(RECTIFICATION_ITEM.ORDER_ID))
                .where(RECTIFICATION_ITEM.TEMPLATE_ID.eq(templateId).and(RECTIFICATION_ITEM.ITEM_CODE.eq(itemCode))
                        .and(RECTIFICATION_ITEM.PLACE_ID.eq(placeId)))
                .fetch(r -> new PriorOrder(r.value1(), RectificationStatus.valueOf(r.value2()), r.value3(),
                        ResponsibilityLevel.valueOf(r.value4())));
    }

    /** The lifecycle of the sheet orders are raised from, locked until the caller's unit of work ends. */
    public Optional<InspectionLifecycle> sheetLifecycle(UUID inspectionId) {
        return InspectionLifecycleRows.lock(dsl, inspectionId);
    }

    /** The items of the sheet whose deduction is waived (an approved 免扣), read in the caller's unit of work. */
    public Set<UUID> exemptedItems(UUID inspectionId) {
        return new HashSet<>(dsl.select(EXEMPTION.TEMPLATE_ITEM_ID).from(EXEMPTION)
                .where(EXEMPTION.INSPECTION_ID.eq(inspectionId)
                        .and(EXEMPTION.STATUS.eq(ExemptionStatus.APPROVED.name()))).fetch(EXEMPTION.TEMPLATE_ITEM_ID));
    }

    /** The codes of those of {@code items} that are on an order of the sheet already. */
    public List<String> itemsOnOrder(UUID inspectionId, List<OrderItem> items) {
        return dsl.select(RECTIFICATION_ITEM.ITEM_CODE).from(RECTIFICATION_ITEM)
                .where(RECTIFICATION_ITEM.INSPECTION_ID.eq(inspectionId)
                        .and(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID.in(items.stream().map(OrderItem::templateItemId).toList())))
                .fetch(RECTIFICATION_ITEM.ITEM_CODE);
    }

    /**
     * Stores a new order. Who may raise one (an inspector or a supervisor), from which sheet (one that counts,
     * {@link InspectionLifecycle#requireOrderable}) and for which items (not waived, not on an order yet) is decided
     * before, by {@code RectificationService} in the same unit of work (ADR 0032).
     */
    public void insert(RectificationOrder o) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            RectificationOrderRecord r = raised(tx, o);
            write(r, o);
            r.insert();
            for (OrderItem i : o.items()) {
                insertItem(tx, UUID.randomUUID(), o, i);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("items", o.items().stream().map(OrderItem::itemCode).toList());
            detail.put("deadline", o.deadline().toString());
            detail.put("responsible", o.plan().responsiblePerson());
            detail.put("level", o.level().name());
            if (o.repeatOf() != null) {
                detail.put("repeatOf", o.repeatOf().toString());
            }
            changeLog.append(tx, ENTITY, o.id(), o.inspectionId(), "RECTIFICATION_RAISED", detail, o.raisedBy());
            if (records != null) {
                records.issued(tx, o.id());
            }
        });
    }

    public Optional<RectificationOrder> find(UUID id) {
        return Optional.ofNullable(load(dsl, id, false));
    }

    /** 报告整改完成 without photos. */
    public RectificationOrder reportFixed(UUID orderId, String note, UUID actorId) {
        return reportFixed(orderId, note, List.of(), actorId);
    }

    /**
     * 报告整改完成 with evidence photos (already stored by {@link PhotoStore#store}), entered by the provider's contact
     * or by an inspector or supervisor on its behalf ({@code RectificationRoles}).
     */
    public RectificationOrder reportFixed(UUID orderId, String note, List<PhotoStore.StoredImage> photos, UUID actorId) {
        return step(orderId, actorId, "RECTIFICATION_REPORTED", (tx, o) -> {
            Actor actor = actor(tx, actorId);
            RectificationOrder next = o.reportFixed(note, OffsetDateTime.now(clock), actor.role(), actor.providerId());
            insertPhotos(tx, orderId, null, "REPORT", photos);
            return next;
        }, o -> Map.of("note", o.reportNote(), "photos", photos.size()),
                tx -> records.reported(tx, orderId, photos, actorId));
    }

    /** 复查 without photos. */
    public RectificationOrder reinspect(UUID orderId, Verdict verdict, String note, LocalDate newDeadline, UUID actorId) {
        return reinspect(orderId, verdict, note, newDeadline, List.of(), actorId);
    }

    /** 复查: stores the re-inspection with its evidence photos and the order's new state. */
    public RectificationOrder reinspect(UUID orderId, Verdict verdict, String note, LocalDate newDeadline,
                                        List<PhotoStore.StoredImage> photos, UUID actorId) {
        UUID id = UUID.randomUUID();
        return step(orderId, actorId, "REINSPECTION_" + verdict.name(), (tx, o) -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Reinspection r = new Reinspection(id, orderId, o.round(), actorId, now, verdict, note,
                    photos.stream().map(PhotoStore.StoredImage::sha256).toList(),
                    verdict == Verdict.FAILED ? newDeadline : null);
            RectificationOrder next = o.reinspect(r, role(tx, actorId), now.atZoneSameInstant(clock.getZone()).toLocalDate());
            tx.insertInto(REINSPECTION).set(REINSPECTION.ID, id).set(REINSPECTION.ORDER_ID, orderId)
                    .set(REINSPECTION.ROUND, o.round()).set(REINSPECTION.INSPECTOR_ID, actorId)
                    .set(REINSPECTION.INSPECTED_AT, now).set(REINSPECTION.VERDICT, verdict.name())
                    .set(REINSPECTION.NOTE, r.note()).set(REINSPECTION.NEW_DEADLINE, r.newDeadline()).execute();
            insertPhotos(tx, orderId, id, "REINSPECTION", photos);
            return next;
        }, o -> Map.of("reinspection", id.toString(), "round", o.round(), "deadline", o.deadline().toString(),
                "photos", photos.size()), tx -> records.reinspected(tx, orderId, id, actorId));
    }

    /** A photo of the provider's report ({@code reinspectionId} null) or of a re-inspection. */
    public record EvidencePhoto(UUID id, UUID reinspectionId, String sha256, String originalName, OffsetDateTime addedAt) {
        public boolean ofReport() {
            return reinspectionId == null;
        }
    }

    /** The order's evidence photos, oldest first. */
    public List<EvidencePhoto> photos(UUID orderId) {
        return dsl.selectFrom(RECTIFICATION_PHOTO).where(RECTIFICATION_PHOTO.ORDER_ID.eq(orderId))
                .orderBy(RECTIFICATION_PHOTO.ADDED_AT, RECTIFICATION_PHOTO.ID)
                .fetch(r -> new EvidencePhoto(r.getId(), r.getReinspectionId(), r.getSha256(), r.getOriginalName(),
                        r.getAddedAt()));
    }

    /** Records in the order's history that a signed notice was issued (the file's SHA-256 and the deadline round). */
    public void noticeSigned(UUID orderId, String sha256, int round, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID inspectionId = tx.select(RECTIFICATION_ORDER.INSPECTION_ID).from(RECTIFICATION_ORDER)
                    .where(RECTIFICATION_ORDER.ID.eq(orderId)).fetchOne(RECTIFICATION_ORDER.INSPECTION_ID);
            if (inspectionId == null) {
                throw new DomainException(Problem.of("problem.rectification.missing", orderId.toString()));
            }
            changeLog.append(tx, ENTITY, orderId, inspectionId, "NOTICE_SIGNED", Map.of("sha256", sha256, "round", round),
                    actorId);
        });
    }

    private void insertPhotos(DSLContext tx, UUID orderId, UUID reinspectionId, String stage,
                              List<PhotoStore.StoredImage> photos) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < photos.size(); i++) {
            PhotoStore.StoredImage p = photos.get(i);
            // one millisecond apart, so the photos list in the order they were given
            tx.insertInto(RECTIFICATION_PHOTO).set(RECTIFICATION_PHOTO.ID, UUID.randomUUID())
                    .set(RECTIFICATION_PHOTO.ORDER_ID, orderId).set(RECTIFICATION_PHOTO.REINSPECTION_ID, reinspectionId)
                    .set(RECTIFICATION_PHOTO.STAGE, stage).set(RECTIFICATION_PHOTO.SHA256, p.sha256())
                    .set(RECTIFICATION_PHOTO.ORIGINAL_NAME, p.originalName())
                    .set(RECTIFICATION_PHOTO.ADDED_AT, now.plusNanos(i * 1_000_000L))
                    .execute();
        }
    }

    /** 关闭 (supervisors only, after a passed re-inspection). */
    public RectificationOrder close(UUID orderId, UUID actorId) {
        return step(orderId, actorId, "RECTIFICATION_CLOSED",
                (tx, o) -> o.close(role(tx, actorId), actorId, OffsetDateTime.now(clock)), o -> Map.of(),
                tx -> records.closed(tx, orderId, actorId));
    }

    /** The order's re-inspections, oldest first, each with the SHA-256 of its evidence photos. */
    public List<Reinspection> reinspections(UUID orderId) {
        Map<UUID, List<String>> photos = dsl.select(RECTIFICATION_PHOTO.REINSPECTION_ID, RECTIFICATION_PHOTO.SHA256)
                .from(RECTIFICATION_PHOTO).where(RECTIFICATION_PHOTO.ORDER_ID.eq(orderId)
                        .and(RECTIFICATION_PHOTO.REINSPECTION_ID.isNotNull()))
                .orderBy(RECTIFICATION_PHOTO.ADDED_AT, RECTIFICATION_PHOTO.ID)
                .fetchGroups(RECTIFICATION_PHOTO.REINSPECTION_ID, RECTIFICATION_PHOTO.SHA256);
        return dsl.selectFrom(REINSPECTION).where(REINSPECTION.ORDER_ID.eq(orderId)).orderBy(REINSPECTION.INSPECTED_AT)
                .fetch(r -> new Reinspection(r.getId(), r.getOrderId(), r.getRound(), r.getInspectorId(),
                        r.getInspectedAt(), Verdict.valueOf(r.getVerdict()), r.getNote(),
                        photos.getOrDefault(r.getId(), List.of()), r.getNewDeadline()));
    }

    /** The order's history, oldest first. */
    public List<ChangeLog.Entry> history(UUID orderId) {
        return changeLog.forEntity(dsl, ENTITY, orderId);
    }

    /** Ids of orders starting with the text (as printed, the first 8 characters), for the CLI. */
    public List<UUID> idsStartingWith(String prefix) {
        return dsl.select(RECTIFICATION_ORDER.ID).from(RECTIFICATION_ORDER)
                .where(RECTIFICATION_ORDER.ID.cast(String.class).startsWith(prefix.toLowerCase(Locale.ROOT)))
                .limit(2).fetch(RECTIFICATION_ORDER.ID);
    }

    private interface Step {
        RectificationOrder apply(DSLContext tx, RectificationOrder order);
    }

    private RectificationOrder step(UUID orderId, UUID actorId, String action, Step step,
                                    Function<RectificationOrder, Map<String, ?>> detail,
                                    Consumer<DSLContext> record) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            RectificationOrder before = load(tx, orderId, true);
            if (before == null) {
                throw new DomainException(Problem.of("problem.rectification.missing", orderId.toString()));
            }
            RectificationOrder after = step.apply(tx, before);
            RectificationOrderRecord r = tx.fetchOne(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId));
            write(r, after);
            r.update();
            Map<String, Object> d = new LinkedHashMap<>(detail.apply(after));
            d.put("from", before.status().name());
            d.put("to", after.status().name());
            changeLog.append(tx, ENTITY, orderId, after.inspectionId(), action, d, actorId);
            if (records != null) {
                record.accept(tx);
            }
            return after;
        });
    }

    /**
     * A new order row holding what is fixed when the order is raised (sheet, provider, place, line, level, who and
     * when); the caller adds the plan and the state. Raising here and importing one raised elsewhere share it.
     */
    static RectificationOrderRecord raised(DSLContext tx, RectificationOrder o) {
        RectificationOrderRecord r = tx.newRecord(RECTIFICATION_ORDER);
        r.setId(o.id());
        r.setInspectionId(o.inspectionId());
        r.setProviderId(o.providerId());
        r.setPlaceId(o.placeId());
        r.setServiceLine(o.serviceLine().name());
        r.setInspectedOn(o.inspectedOn());
        r.setResponsibilityLevel(o.level().name());
        r.setRepeatOf(o.repeatOf());
        r.setRaisedBy(o.raisedBy());
        r.setRaisedAt(o.raisedAt());
        return r;
    }

    /** Writes one deduction of order {@code o} as its item row {@code id}. */
    static void insertItem(DSLContext tx, UUID id, RectificationOrder o, OrderItem i) {
        tx.insertInto(RECTIFICATION_ITEM).set(RECTIFICATION_ITEM.ID, id)
                .set(RECTIFICATION_ITEM.ORDER_ID, o.id()).set(RECTIFICATION_ITEM.INSPECTION_ID, o.inspectionId())
                .set(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID, i.templateItemId())
                .set(RECTIFICATION_ITEM.TEMPLATE_ID, i.templateId()).set(RECTIFICATION_ITEM.ITEM_CODE, i.itemCode())
                .set(RECTIFICATION_ITEM.CONTENT, i.content()).set(RECTIFICATION_ITEM.PLACE_ID, i.placeId())
                .set(RECTIFICATION_ITEM.DEDUCTION, i.deduction()).set(RECTIFICATION_ITEM.NOTE, i.note()).execute();
    }

    private void write(RectificationOrderRecord r, RectificationOrder o) {
        RectificationPlan p = o.plan();
        r.setResponsiblePerson(p.responsiblePerson());
        r.setDeadline(p.deadline());
        r.setRequiredStandard(p.requiredStandard());
        r.setCauses(p.causes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        r.setCauseNote(p.causeNote());
        r.setSteps(p.steps());
        r.setStatus(o.status().name());
        r.setRound(o.round());
        r.setReportedAt(o.reportedAt());
        r.setReportNote(o.reportNote());
        r.setClosedBy(o.closedBy());
        r.setClosedAt(o.closedAt());
        r.setClosedOn(o.closedAt() == null ? null : o.closedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
        r.setUpdatedAt(OffsetDateTime.now(clock));
    }

    static RectificationOrder load(DSLContext tx, UUID id, boolean forUpdate) {
        var query = tx.selectFrom(RECTIFICATION_ORDER).where(RECTIFICATION_ORDER.ID.eq(id));
        RectificationOrderRecord r = forUpdate ? query.forUpdate().fetchOne() : query.fetchOne();
        if (r == null) {
            return null;
        }
        List<OrderItem> items = tx.selectFrom(RECTIFICATION_ITEM).where(RECTIFICATION_ITEM.ORDER_ID.eq(id))
                .orderBy(RECTIFICATION_ITEM.ITEM_CODE)
                .fetch(i -> new OrderItem(i.getTemplateItemId(), i.getTemplateId(), i.getItemCode(), i.getContent(),
                        i.getPlaceId(), i.getDeduction(), i.getNote()));
        Set<CauseCategory> causes = r.getCauses().isEmpty() ? Set.of() : Arrays.stream(r.getCauses().split(","))
                .map(CauseCategory::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CauseCategory.class)));
        RectificationPlan plan = new RectificationPlan(r.getResponsiblePerson(), r.getDeadline(), r.getRequiredStandard(),
                causes, r.getCauseNote(), r.getSteps());
        return new RectificationOrder(r.getId(), r.getInspectionId(), r.getProviderId(), r.getPlaceId(),
                ServiceLine.valueOf(r.getServiceLine()), r.getInspectedOn(), items, plan,
                ResponsibilityLevel.valueOf(r.getResponsibilityLevel()), r.getRepeatOf(),
                RectificationStatus.valueOf(r.getStatus()), r.getRound(), r.getRaisedBy(), r.getRaisedAt(),
                r.getReportedAt(), r.getReportNote(), r.getClosedBy(), r.getClosedAt());
    }

    private record Actor(Role role, UUID providerId) {
    }

    private static Actor actor(DSLContext tx, UUID personId) {
        var row = personId == null ? null
                : tx.select(PERSON.ROLE, PERSON.PROVIDER_ID).from(PERSON).where(PERSON.ID.eq(personId)).fetchOne();
        if (row == null) {
            throw new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId)));
        }
        return new Actor(Role.valueOf(row.value1()), row.value2());
    }

    private static Role role(DSLContext tx, UUID personId) {
        String role = personId == null ? null
                : tx.select(PERSON.ROLE).from(PERSON).where(PERSON.ID.eq(personId)).fetchOne(PERSON.ROLE);
        if (role == null) {
            throw new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId)));
        }
        return Role.valueOf(role);
    }
}
