package com.logicheck.bench;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.ItemDeduction;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Bulk path for the reference dataset: writes sheets, their answers and their history rows with JDBC batches
 * on a plain connection to the migrated database, in the shape the repositories write them (see
 * {@link DeferredIndexes} for the indexes). Scores and deductions come from the real scoring code.
 * Benchmark-only: the app itself writes one answer per transaction through {@code InspectionRepository}.
 */
final class SheetLoader implements AutoCloseable {
    private static final int SHEETS_PER_COMMIT = 500;
    private static final String[] NOTES = {
        "现场检查发现不符合要求，已口头提醒班组长。", "记录缺页，未按规定及时填写。", "抽查两处均未达标，拍照留证。",
        "存在安全隐患，要求当日整改。", "责任人不在岗，无法说明情况。", "物品摆放混乱，标识不清。",
        "资料延迟提交，已超过规定期限。", "卫生死角有积尘，地面有水渍。"};

    /** One sheet to write: who, where, when, on which template version, and how far it got. */
    record Sheet(ChecklistTemplate template, UUID providerId, UUID placeId, UUID inspectorId, InspectionKind kind,
                 OffsetDateTime startedAt, InspectionStatus status) {
    }

    private final BatchWriter writer;
    private final BatchWriter historyWriter;
    private final UUID deviceId;
    private final Random random;
    private final SheetScorer scorer = new SheetScorer();
    private int pending;
    private long results;
    private long historyRows;

    /**
     * Writes sheets and answers over {@code connection} and history rows over {@code historyConnection}, each
     * on its own thread (the two tables share no index, so the two cores both work); closes both.
     */
    SheetLoader(Connection connection, Connection historyConnection, UUID deviceId, Random random)
            throws SQLException {
        this.deviceId = deviceId;
        this.random = random;
        writer = new BatchWriter(connection, "bench-load-sheets",
                "INSERT INTO inspection (id, template_version_id, provider_id, place_id, inspector_id, kind, status, "
                        + "started_at, finished_at, signed_at, score, grade, origin_device, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "INSERT INTO item_result (id, inspection_id, template_item_id, outcome, quantities, deduction, note, "
                        + "place_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        historyWriter = new BatchWriter(historyConnection, "bench-load-history",
                "INSERT INTO change_log (id, entity, entity_id, inspection_id, action, detail, actor_id, device_id, "
                        + "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    long results() {
        return results;
    }

    long historyRows() {
        return historyRows;
    }

    void add(Sheet s) throws Exception {
        UUID id = uuid();
        ChecklistTemplate t = s.template();
        boolean draft = s.status() == InspectionStatus.DRAFT;
        List<TemplateItem> items = t.items().toList();
        int answered = draft ? items.size() / 2 : items.size();
        Map<UUID, ItemResult> answers = new LinkedHashMap<>();
        OffsetDateTime at = s.startedAt();
        log(id, "inspection", id, "CREATED", "{\"template\":\"" + t.id() + "\",\"kind\":\"" + s.kind() + "\"}",
                s.inspectorId(), at);
        List<Object[]> rows = new ArrayList<>(answered);
        for (int i = 0; i < answered; i++) {
            TemplateItem item = items.get(i);
            ItemResult r = answer(item, s.placeId());
            BigDecimal deduction = r.outcome() == Outcome.DEDUCT ? ItemDeduction.capped(item, r.quantities())
                    : BigDecimal.ZERO.setScale(2);
            answers.put(item.id(), r);
            at = at.plusSeconds(30 + random.nextInt(120));
            String quantities = quantities(r.quantities());
            rows.add(new Object[] {uuid(), id, r.itemId(), r.outcome().name(), quantities, deduction, r.note(),
                r.placeId(), at});
            log(id, "item_result", r.itemId(), "ANSWERED", "{\"item\":\"" + r.itemId() + "\",\"outcome\":\""
                    + r.outcome() + "\",\"quantities\":\"" + quantities + "\",\"deduction\":\""
                    + deduction.toPlainString() + "\",\"note\":\"" + r.note() + "\"}", s.inspectorId(), at);
        }
        OffsetDateTime finished = draft ? null : at.plusMinutes(1);
        SheetScore score = draft ? null : scorer.score(t, answers);
        OffsetDateTime signed = s.status() == InspectionStatus.SIGNED ? finished.plusHours(2) : null;
        OffsetDateTime updated = signed != null ? signed : finished != null ? finished : at;
        writer.add(0, id, t.id(), s.providerId(), s.placeId(), s.inspectorId(), s.kind().name(), s.status().name(),
                s.startedAt(), finished, signed, score == null ? null : score.total(),
                score == null ? null : score.grade(), deviceId, updated);
        for (Object[] row : rows) {
            writer.add(1, row);
        }
        results += rows.size();
        if (!draft) {
            log(id, "inspection", id, "FINISHED", "{\"score\":\"" + score.total().toPlainString()
                    + "\",\"grade\":\"" + score.grade() + "\"}", s.inspectorId(), finished);
        }
        if (++pending == SHEETS_PER_COMMIT) {
            writer.submit();
            historyWriter.submit();
            pending = 0;
        }
    }

    /** Writes what is left and waits for it. */
    void finish() throws Exception {
        writer.submit();
        historyWriter.submit();
        writer.await();
        historyWriter.await();
    }

    @Override
    public void close() throws Exception {
        try (BatchWriter a = writer; BatchWriter b = historyWriter) {
            a.await();
            b.await();
        }
    }

    private void log(UUID inspectionId, String entity, UUID entityId, String action, String detail, UUID actor,
                     OffsetDateTime at) {
        historyWriter.add(0, uuid(), entity, entityId, inspectionId, action, detail, actor, deviceId, at);
        historyRows++;
    }

    /** Mostly 合格, about one in six 扣分 with a note, a few 不适用 where the item allows it (as DemoData). */
    private ItemResult answer(TemplateItem item, UUID placeId) {
        int roll = random.nextInt(100);
        if (roll < 6 && item.naAllowed()) {
            return ItemResult.notApplicable(item.id());
        } else if (roll < 22) {
            return ItemResult.deduct(item.id(), quantities(item)).withNote(NOTES[random.nextInt(NOTES.length)])
                    .withPlace(placeId);
        }
        return ItemResult.pass(item.id());
    }

    private List<BigDecimal> quantities(TemplateItem item) {
        List<BigDecimal> q = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < item.rules().size(); i++) {
            DeductionRule rule = item.rules().get(i);
            if (!(i == item.rules().size() - 1 && !any || random.nextBoolean())) {
                q.add(BigDecimal.ZERO);
                continue;
            }
            any = true;
            if (rule instanceof DeductionRule.Range r) {
                int steps = r.max().subtract(r.min()).divide(r.step()).intValue();
                q.add(r.min().add(r.step().multiply(BigDecimal.valueOf(random.nextInt(steps + 1)))));
            } else if (rule instanceof DeductionRule.PerUnit u) {
                q.add(u.unitSize().multiply(BigDecimal.valueOf(1 + random.nextInt(3))));
            } else {
                q.add(BigDecimal.valueOf(1 + random.nextInt(2)));
            }
        }
        return q;
    }

    /** "2,0,1.5" as {@code JsonCodec.quantities} writes it. */
    private static String quantities(List<BigDecimal> quantities) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal q : quantities) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(q.toPlainString());
        }
        return sb.toString();
    }

    /** A version-4 UUID from the seeded generator, so the same seed gives the same dataset. */
    private UUID uuid() {
        long msb = random.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x0000000000004000L;
        long lsb = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
