package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.COMPLAINT;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;
import static com.logicheck.persistence.jooq.Tables.VETO_EVENT;
import static com.logicheck.persistence.jooq.Tables.VETO_EVIDENCE_FILE;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.Complaint;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** 投诉 (complaints about an item) and 一票否决 events (accidents, criticisms), each with its evidence. */
public final class IncidentRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public IncidentRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A complaint as entered: the item, the quantities per its rules and the deduction they give. */
    public record NewComplaint(UUID providerId, LocalDate receivedOn, UUID templateItemId, List<BigDecimal> quantities,
                               BigDecimal basis, boolean substantiated, String description) {
    }

    public UUID addComplaint(NewComplaint c, UUID actorId) {
        UUID id = UUID.randomUUID();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, c.providerId(), c.receivedOn());
            tx.insertInto(COMPLAINT).set(COMPLAINT.ID, id).set(COMPLAINT.PROVIDER_ID, c.providerId())
                    .set(COMPLAINT.RECEIVED_ON, c.receivedOn()).set(COMPLAINT.TEMPLATE_ITEM_ID, c.templateItemId())
                    .set(COMPLAINT.QUANTITIES, JsonCodec.quantities(c.quantities())).set(COMPLAINT.BASIS, c.basis())
                    .set(COMPLAINT.SUBSTANTIATED, c.substantiated()).set(COMPLAINT.DESCRIPTION, c.description())
                    .set(COMPLAINT.RECORDED_BY, actorId).set(COMPLAINT.RECORDED_AT, OffsetDateTime.now(clock)).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("item", c.templateItemId().toString());
            detail.put("basis", c.basis().toPlainString());
            detail.put("substantiated", c.substantiated());
            changeLog.append(tx, "complaint", id, null, "RECORDED", detail, actorId);
        });
        return id;
    }

    /** After checking, a complaint is found substantiated (查实) or not; the change stays in the history. */
    public void setSubstantiated(UUID complaintId, boolean substantiated, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(COMPLAINT).where(COMPLAINT.ID.eq(complaintId)).fetchOne();
            if (r == null) {
                throw new DomainException(Problem.of("problem.complaint.missing", complaintId.toString()));
            }
            AssessmentMonthRepository.requireOpen(tx, r.getProviderId(), r.getReceivedOn());
            r.setSubstantiated(substantiated);
            r.store();
            changeLog.append(tx, "complaint", complaintId, null, "SUBSTANTIATED", Map.of("substantiated", substantiated),
                    actorId);
        });
    }

    public List<Complaint> complaints(UUID providerId, YearMonth month) {
        return dsl.select(COMPLAINT.ID, COMPLAINT.RECEIVED_ON, CHECKLIST_TEMPLATE.CODE, TEMPLATE_ITEM.CODE,
                        TEMPLATE_ITEM.CONTENT, COMPLAINT.BASIS, COMPLAINT.SUBSTANTIATED, COMPLAINT.DESCRIPTION)
                .from(COMPLAINT).join(TEMPLATE_ITEM).on(TEMPLATE_ITEM.ID.eq(COMPLAINT.TEMPLATE_ITEM_ID))
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(TEMPLATE_ITEM.TEMPLATE_VERSION_ID))
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(COMPLAINT.PROVIDER_ID.eq(providerId))
                .and(COMPLAINT.RECEIVED_ON.between(month.atDay(1), month.atEndOfMonth()))
                .orderBy(COMPLAINT.RECEIVED_ON, COMPLAINT.RECORDED_AT)
                .fetch(r -> new Complaint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    public UUID addVetoEvent(UUID providerId, VetoEvent e, UUID actorId) {
        return addVetoEvent(providerId, e, null, actorId);
    }

    /** The event and, when {@code file} is not null, the link to its evidence file (already stored), as one. */
    public UUID addVetoEvent(UUID providerId, VetoEvent e, EvidenceFiles.StoredFile file, UUID actorId) {
        UUID id = e.id() == null ? UUID.randomUUID() : e.id();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, e.occurredOn());
            tx.insertInto(VETO_EVENT).set(VETO_EVENT.ID, id).set(VETO_EVENT.PROVIDER_ID, providerId)
                    .set(VETO_EVENT.OCCURRED_ON, e.occurredOn()).set(VETO_EVENT.TYPE, e.type().name())
                    .set(VETO_EVENT.EVIDENCE, e.evidence()).set(VETO_EVENT.LOSS_YUAN, e.loss())
                    .set(VETO_EVENT.CASUALTIES, e.casualties()).set(VETO_EVENT.RECORDED_BY, actorId)
                    .set(VETO_EVENT.RECORDED_AT, OffsetDateTime.now(clock)).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", e.type().name());
            detail.put("date", e.occurredOn().toString());
            detail.put("evidence", e.evidence());
            detail.put("loss", e.loss() == null ? "" : e.loss().toPlainString());
            detail.put("casualties", e.casualties());
            if (file != null) {
                tx.insertInto(VETO_EVIDENCE_FILE).set(VETO_EVIDENCE_FILE.ID, UUID.randomUUID())
                        .set(VETO_EVIDENCE_FILE.VETO_EVENT_ID, id).set(VETO_EVIDENCE_FILE.SHA256, file.sha256())
                        .set(VETO_EVIDENCE_FILE.FILE_NAME, file.fileName())
                        .set(VETO_EVIDENCE_FILE.ORIGINAL_NAME, file.originalName())
                        .set(VETO_EVIDENCE_FILE.BYTE_SIZE, file.byteSize())
                        .set(VETO_EVIDENCE_FILE.ATTACHED_AT, OffsetDateTime.now(clock)).execute();
                detail.put("file", file.originalName());
                detail.put("sha256", file.sha256());
            }
            changeLog.append(tx, "veto_event", id, null, "RECORDED", detail, actorId);
        });
        return id;
    }

    /** An evidence file linked to a veto event: the stored name in the evidence folder and the name it had. */
    public record EvidenceFile(UUID vetoEventId, String fileName, String originalName, long byteSize) {
    }

    /** The evidence files of the events, by event. */
    public Map<UUID, List<EvidenceFile>> evidenceFiles(Collection<UUID> vetoEventIds) {
        return dsl.selectFrom(VETO_EVIDENCE_FILE).where(VETO_EVIDENCE_FILE.VETO_EVENT_ID.in(vetoEventIds))
                .orderBy(VETO_EVIDENCE_FILE.ATTACHED_AT)
                .fetch(r -> new EvidenceFile(r.getVetoEventId(), r.getFileName(), r.getOriginalName(), r.getByteSize()))
                .stream().collect(Collectors.groupingBy(EvidenceFile::vetoEventId));
    }

    /** Takes back a complaint entered by mistake; what it said stays in the history. Refused in a closed month. */
    public void removeComplaint(UUID complaintId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(COMPLAINT).where(COMPLAINT.ID.eq(complaintId)).fetchOne();
            if (r == null) {
                throw new DomainException(Problem.of("problem.complaint.missing", complaintId.toString()));
            }
            AssessmentMonthRepository.requireOpen(tx, r.getProviderId(), r.getReceivedOn());
            r.delete();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("date", r.getReceivedOn().toString());
            detail.put("item", r.getTemplateItemId().toString());
            detail.put("quantities", r.getQuantities());
            detail.put("basis", r.getBasis().toPlainString());
            detail.put("substantiated", r.getSubstantiated());
            detail.put("description", r.getDescription());
            changeLog.append(tx, "complaint", complaintId, null, "REMOVED", detail, actorId);
        });
    }

    /**
     * Takes back a veto event entered by mistake (its evidence file stays in the folder, its values in the history).
     * Refused in a closed month.
     */
    public void removeVetoEvent(UUID eventId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(VETO_EVENT).where(VETO_EVENT.ID.eq(eventId)).fetchOne();
            if (r == null) {
                throw new DomainException(Problem.of("problem.veto.missing", eventId.toString()));
            }
            AssessmentMonthRepository.requireOpen(tx, r.getProviderId(), r.getOccurredOn());
            tx.deleteFrom(VETO_EVIDENCE_FILE).where(VETO_EVIDENCE_FILE.VETO_EVENT_ID.eq(eventId)).execute();
            r.delete();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", r.getType());
            detail.put("date", r.getOccurredOn().toString());
            detail.put("evidence", r.getEvidence());
            detail.put("loss", r.getLossYuan() == null ? "" : r.getLossYuan().toPlainString());
            detail.put("casualties", r.getCasualties());
            changeLog.append(tx, "veto_event", eventId, null, "REMOVED", detail, actorId);
        });
    }

    public List<VetoEvent> vetoEvents(UUID providerId, YearMonth month) {
        return dsl.selectFrom(VETO_EVENT).where(VETO_EVENT.PROVIDER_ID.eq(providerId))
                .and(VETO_EVENT.OCCURRED_ON.between(month.atDay(1), month.atEndOfMonth()))
                .orderBy(VETO_EVENT.OCCURRED_ON, VETO_EVENT.RECORDED_AT)
                .fetch(r -> new VetoEvent(r.getId(), VetoType.valueOf(r.getType()), r.getOccurredOn(), r.getEvidence(),
                        r.getLossYuan(), r.getCasualties()));
    }
}
