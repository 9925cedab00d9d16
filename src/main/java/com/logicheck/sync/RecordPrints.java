package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.logicheck.domain.assessment.MoneyResult;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.DataPackagePdfWriter;
import com.logicheck.pdf.RecordPdfWriter;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.service.AssessmentText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** What the import report says about a record merged, skipped or in conflict: its kind, subject and signer. */
    record About(String kind, String subject, String signer) {
        /** The message arguments, in this order, followed by {@code more}. */
        List<Object> args(Object... more) {
            List<Object> args = new ArrayList<>(List.of(kind, subject, signer));
            args.addAll(Arrays.asList(more));
            return args;
        }
    }

    About describe(SyncRecord r) {
        return new About(kind(r), shortId(r.subject()), r.actorName());
    }

    RecordPdfWriter.Print print(SyncRecord r, RecordLog log, String organisation, OffsetDateTime signedAt,
                                List<RecordPdfWriter.Attachment> attachments, byte[] json, String fileName) {
        List<DataPackagePdfWriter.Field> fields = new ArrayList<>(facts(r, log));
        fields.add(field("sync.record.pdf.signedAt", time(signedAt)));
        fields.add(field("sync.record.pdf.noteLabel", messages.get("sync.record.pdf.noteValue")));
        String title = messages.get("sync.record.pdf.title", kind(r));
        return new RecordPdfWriter.Print(title, r.actorName(), organisation,
                messages.get("sync.record.pdf.footer", shortId(r.id())), signedAt, fields, lines(r),
                messages.get("sync.record.pdf.photos", attachments.size()), attachments, json, fileName,
                messages.get("sync.record.pdf.recordDescription"), messages.get("sync.package.pdf.page"));
    }

    /**
     * What the record says, label by label, in the user's words: the order (number, provider, place) or the
     * provider-month, the step, who and when, and the step's facts — for a closing of a month the frozen result in
     * brief (total, grade, veto, money and the share passed down), for a reopening its reason.
     */
    List<DataPackagePdfWriter.Field> facts(SyncRecord r, RecordLog log) {
        JsonNode b = r.body();
        List<DataPackagePdfWriter.Field> fields = new ArrayList<>();
        if (r.kind().ofOrder()) {
            JsonNode issued = r.kind() == SyncRecord.Kind.ORDER_ISSUED ? b : issuedBody(log, r.subject());
            fields.add(field("sync.record.pdf.order", shortId(r.subject())));
            fields.add(field("sync.record.pdf.provider", issued.path("provider").asText("")));
            fields.add(field("sync.record.pdf.place", issued.path("place").asText("")));
        } else {
            JsonNode closing = r.kind() == SyncRecord.Kind.MONTH_REOPENED ? closingBody(log, r.previous()) : b;
            fields.add(field("sync.record.pdf.provider", closing.path("provider").asText("")));
            fields.add(field("sync.record.pdf.month", b.path("month").asText("")));
        }
        fields.add(field("sync.record.pdf.step", kind(r)));
        fields.add(field(r.kind() == SyncRecord.Kind.MONTH_CLOSED ? "recordui.closedBy" : "sync.record.pdf.actor",
                r.actorName()));
        fields.add(field(r.kind() == SyncRecord.Kind.MONTH_CLOSED ? "recordui.closedAt" : "sync.record.pdf.at",
                time(r.at())));
        switch (r.kind()) {
            case ORDER_ISSUED -> {
                JsonNode plan = b.path("plan");
                fields.add(field("sync.record.pdf.deadline", plan.path("deadline").asText("")));
                fields.add(field("sync.record.pdf.responsible", plan.path("responsiblePerson").asText("")));
                fields.add(field("sync.record.pdf.standard", plan.path("requiredStandard").asText("")));
            }
            case ORDER_REPORTED -> {
                fields.add(field("sync.record.pdf.note", b.path("note").asText("")));
                fields.add(field("recordui.photos", messages.get("recordui.photoCount", b.path("photos").size())));
            }
            case ORDER_REINSPECTED -> {
                fields.add(field("sync.record.pdf.round", b.path("round").asText()));
                fields.add(field("sync.record.pdf.note", b.path("note").asText("")));
                if (b.path("newDeadline").isTextual()) {
                    fields.add(field("sync.record.pdf.newDeadline", b.path("newDeadline").asText()));
                }
                fields.add(field("recordui.photos", messages.get("recordui.photoCount", b.path("photos").size())));
            }
            case ORDER_CLOSED -> fields.add(field("sync.record.pdf.round", b.path("round").asText()));
            case MONTH_CLOSED -> closing(r, fields);
            case MONTH_REOPENED -> {
                fields.add(field("recordui.reopenedClosing", reopened(log, r.previous())));
                fields.add(field("sync.record.pdf.reopenReason", b.path("reason").asText("")));
            }
            default -> { }
        }
        return fields;
    }

    /** The items of an issued order, one line each; for a closing of a month, its components with points. */
    List<String> lines(SyncRecord r) {
        List<String> lines = new ArrayList<>();
        if (r.kind() == SyncRecord.Kind.ORDER_ISSUED) {
            lines.add(messages.get("sync.record.pdf.items"));
            r.body().path("items").forEach(i -> lines.add(messages.get("sync.record.pdf.item", i.path("itemCode").asText(),
                    i.path("content").asText(), i.path("deduction").asText(), i.path("note").asText())));
        }
        return lines;
    }

    private void closing(SyncRecord r, List<DataPackagePdfWriter.Field> fields) {
        JsonNode b = r.body();
        MonthlyAssessment a;
        try {
            a = RecordLog.frozenResult(r);
        } catch (RuntimeException e) {
            fields.add(field("sync.record.pdf.total", b.path("total").asText("—")));
            fields.add(field("sync.record.pdf.failed", messages.get(b.path("failed").asBoolean()
                    ? "sync.record.pdf.failed.yes" : "sync.record.pdf.failed.no")));
            return;
        }
        AssessmentText text = new AssessmentText(messages);
        fields.add(field("recordui.scheme", messages.get("recordui.schemeValue", a.scheme().title(), a.scheme().code(),
                a.scheme().version())));
        List<String> components = new ArrayList<>();
        int index = 1;
        for (var c : a.components()) {
            components.add(c.available()
                    ? messages.get("recordui.component", index++, c.title(), plain(c.weight()), plain(c.score()),
                    plain(c.points()))
                    : messages.get("recordui.componentMissing", index++, c.title(), plain(c.weight())));
        }
        if (a.complaints() != null && a.complaints().deduction() != null && a.complaints().deduction().signum() > 0) {
            components.add(messages.get("recordui.complaints", plain(a.complaints().deduction())));
        }
        fields.add(field("recordui.components", String.join("\n", components)));
        fields.add(field("sync.record.pdf.total", a.total() == null ? messages.get("recordui.noTotal")
                : messages.get("recordui.totalValue", plain(a.total()), plain(a.scale()))));
        fields.add(field("recordui.grade", a.grade() == null || a.grade().isBlank() ? "—" : a.grade()));
        fields.add(field("sync.record.pdf.failed", messages.get(a.failed()
                ? "sync.record.pdf.failed.yes" : "sync.record.pdf.failed.no")));
        List<String> veto = text.vetoLines(a.veto());
        List<String> grounds = veto.subList(Math.min(1, veto.size()), veto.size()).stream().map(String::strip).toList();
        fields.add(field("recordui.veto", messages.get(a.veto().vetoed() ? "recordui.veto.yes" : "recordui.veto.no")
                + (grounds.isEmpty() ? "" : "\n" + String.join("\n", grounds))));
        MoneyResult money = a.money();
        String amount = plain(money.amount());
        fields.add(field("recordui.money", switch (money.direction()) {
            case REWARD -> messages.get("recordui.money.reward", amount);
            case PENALTY -> messages.get(money.kind() == MoneyResult.Kind.BOND_PERCENT ? "recordui.money.damages"
                    : "recordui.money.penalty", amount);
            case NONE -> messages.get("recordui.money.none");
        }));
        List<String> computation = text.moneyLines(money);
        if (!computation.isEmpty() && money.direction() != MoneyResult.Direction.NONE) {
            fields.add(field("recordui.computation", computation.get(0)));
        }
        if (money.direction() != MoneyResult.Direction.NONE && money.passDownPercent() != null
                && money.passDownPercent().signum() > 0) {
            fields.add(field("recordui.passedDown", messages.get("recordui.passedDownValue",
                    plain(money.passDownPercent()), plain(money.passedDown()))));
        }
        List<String> notes = new ArrayList<>();
        if (money.rewardWithheld()) {
            notes.add(messages.get("assess.text.rewardWithheld"));
        }
        if (money.tenderPreference()) {
            notes.add(messages.get("assess.text.tenderPreference"));
        }
        if (!notes.isEmpty()) {
            fields.add(field("recordui.note", String.join("\n", notes)));
        }
    }

    /** The closing a reopening reopens, in words when it is here: when it was closed, by whom, its total and grade. */
    private String reopened(RecordLog log, UUID closingId) {
        return log == null || closingId == null ? shortId(closingId) : log.find(closingId).map(s -> {
            JsonNode b = s.record().body();
            String grade = "";
            try {
                grade = RecordLog.frozenResult(s.record()).grade();
            } catch (RuntimeException e) {
                grade = "";
            }
            return messages.get("recordui.reopenedValue", time(s.record().at()), s.record().actorName(),
                    b.path("total").asText("—"), grade == null ? "" : grade, shortId(closingId));
        }).orElse(shortId(closingId));
    }

    private static JsonNode closingBody(RecordLog log, UUID closingId) {
        return log == null || closingId == null ? MissingNode.getInstance()
                : log.find(closingId).map(s -> s.record().body())
                .orElse(MissingNode.getInstance());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static JsonNode issuedBody(RecordLog log, UUID order) {
        return log.of(order).stream().filter(s -> s.record().kind() == SyncRecord.Kind.ORDER_ISSUED).findFirst()
                .map(s -> s.record().body()).orElse(MissingNode.getInstance());
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
