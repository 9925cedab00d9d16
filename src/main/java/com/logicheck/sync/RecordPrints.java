package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.DataPackagePdfWriter;
import com.logicheck.pdf.RecordPdfWriter;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SyncRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A signed record in words (ADR 0022): the title, facts and lines of its PDF, the signature's reason, the file name
 * in the sync folder, and the line an import report shows for it. Names come from the record itself (an order's
 * provider and place from its 下发 record), so the text is the same on every laptop.
 */
public final class RecordPrints {
    private final Messages messages;

    public RecordPrints(Messages messages) {
        this.messages = messages;
    }

    String kind(SyncRecord r) {
        if (r.kind() == SyncRecord.Kind.ORDER_REINSPECTED) {
            return messages.get("sync.record.verdict." + r.body().path("verdict").asText("PASSED"));
        }
        return messages.get("sync.record.kind." + r.kind().name());
    }

    String reason(SyncRecord r) {
        return messages.get("sync.record.pdf.reason", kind(r), shortId(r.subject()));
    }

    String photoCaption(int number, String name) {
        return messages.get("sync.record.pdf.photo", number, name);
    }

    String fileName(SyncRecord r, String actor, String tag) {
        return messages.get("sync.record.fileName", r.at().toLocalDate().toString(), kind(r), shortId(r.subject()),
                safe(actor), shortId(r.id()), tag);
    }

    /** What the import report says about a record merged, skipped or in conflict. */
    Object[] describe(SyncRecord r) {
        return new Object[] {kind(r), shortId(r.subject()), r.actorName()};
    }

    RecordPdfWriter.Print print(SyncRecord r, RecordLog log, String organisation, OffsetDateTime signedAt,
                                List<RecordPdfWriter.Attachment> attachments, byte[] json) {
        JsonNode b = r.body();
        List<DataPackagePdfWriter.Field> fields = new ArrayList<>();
        if (r.kind().ofOrder()) {
            JsonNode issued = r.kind() == SyncRecord.Kind.ORDER_ISSUED ? b : issuedBody(log, r.subject());
            fields.add(field("sync.record.pdf.order", shortId(r.subject())));
            fields.add(field("sync.record.pdf.provider", issued.path("provider").asText("")));
            fields.add(field("sync.record.pdf.place", issued.path("place").asText("")));
        } else {
            fields.add(field("sync.record.pdf.provider", b.path("provider").asText("")));
            fields.add(field("sync.record.pdf.month", b.path("month").asText("")));
        }
        fields.add(field("sync.record.pdf.step", kind(r)));
        fields.add(field("sync.record.pdf.actor", r.actorName()));
        fields.add(field("sync.record.pdf.at", time(r.at())));
        List<String> lines = new ArrayList<>();
        switch (r.kind()) {
            case ORDER_ISSUED -> {
                JsonNode plan = b.path("plan");
                fields.add(field("sync.record.pdf.deadline", plan.path("deadline").asText("")));
                fields.add(field("sync.record.pdf.responsible", plan.path("responsiblePerson").asText("")));
                fields.add(field("sync.record.pdf.standard", plan.path("requiredStandard").asText("")));
                lines.add(messages.get("sync.record.pdf.items"));
                b.path("items").forEach(i -> lines.add(messages.get("sync.record.pdf.item", i.path("itemCode").asText(),
                        i.path("content").asText(), i.path("deduction").asText(), i.path("note").asText())));
            }
            case ORDER_REPORTED -> fields.add(field("sync.record.pdf.note", b.path("note").asText("")));
            case ORDER_REINSPECTED -> {
                fields.add(field("sync.record.pdf.round", b.path("round").asText()));
                fields.add(field("sync.record.pdf.note", b.path("note").asText("")));
                if (b.path("newDeadline").isTextual()) {
                    fields.add(field("sync.record.pdf.newDeadline", b.path("newDeadline").asText()));
                }
            }
            case ORDER_CLOSED -> fields.add(field("sync.record.pdf.round", b.path("round").asText()));
            case MONTH_CLOSED -> {
                fields.add(field("sync.record.pdf.total", b.path("total").asText("—")));
                fields.add(field("sync.record.pdf.failed", messages.get(b.path("failed").asBoolean()
                        ? "sync.record.pdf.failed.yes" : "sync.record.pdf.failed.no")));
            }
            case MONTH_REOPENED -> fields.add(field("sync.record.pdf.reopenReason", b.path("reason").asText("")));
            default -> { }
        }
        fields.add(field("sync.record.pdf.signedAt", time(signedAt)));
        fields.add(field("sync.record.pdf.noteLabel", messages.get("sync.record.pdf.noteValue")));
        String title = messages.get("sync.record.pdf.title", kind(r));
        return new RecordPdfWriter.Print(title, r.actorName(), organisation,
                messages.get("sync.record.pdf.footer", shortId(r.id())), signedAt, fields, lines,
                messages.get("sync.record.pdf.photos", attachments.size()), attachments, json, RecordFile.FILE_NAME,
                messages.get("sync.record.pdf.recordDescription"), messages.get("sync.package.pdf.page"));
    }

    private static JsonNode issuedBody(RecordLog log, UUID order) {
        return log.of(order).stream().filter(s -> s.record().kind() == SyncRecord.Kind.ORDER_ISSUED).findFirst()
                .map(s -> s.record().body()).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private DataPackagePdfWriter.Field field(String key, String value) {
        return new DataPackagePdfWriter.Field(messages.get(key), value == null ? "" : value);
    }

    private static String time(OffsetDateTime t) {
        return t.toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    private static String safe(String s) {
        String v = s == null || s.isBlank() ? "LogiCheck" : s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return v.length() > 30 ? v.substring(0, 30) : v;
    }
}
