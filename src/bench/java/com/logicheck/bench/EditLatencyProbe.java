package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.service.InspectionService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/**
 * Child JVM of the edit row: {@code InspectionService.answer} on a draft of the dataset, each call timed until
 * it returns (the transaction is committed and written through, WRITE_DELAY=0). Interleaved with each edit,
 * the baseline: a bare {@code UPDATE} of one app_setting row and its commit, on a plain connection to the
 * same open database. Warm-up rounds first, not counted.
 */
public final class EditLatencyProbe {
    private static final String KEY = "bench.baseline";

    private EditLatencyProbe() {
    }

    /** Arguments: data folder, draft id, inspector id, edits, warm-up edits. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID draftId = UUID.fromString(args[1]);
        UUID actor = UUID.fromString(args[2]);
        int edits = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        long[] edit = new long[edits];
        long[] bare = new long[edits];
        try (AppContext context = AppContext.open(dir); Connection c = BenchDatabase.connect(dir)) {
            InspectionService service = context.inspection().service();
            Inspection draft = service.inspection(draftId);
            List<TemplateItem> items = service.template(draft).items().toList();
            c.setAutoCommit(false);
            try (var merge = c.createStatement()) {
                merge.execute("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES ('" + KEY
                        + "', '0')");
                c.commit();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE app_setting SET setting_value = ? WHERE setting_key = ?")) {
                for (int i = -warmUp; i < edits; i++) {
                    ItemResult answer = variant(items.get(Math.floorMod(i, items.size())), i);
                    long t0 = System.nanoTime();
                    service.answer(draft, answer, actor);
                    long t1 = System.nanoTime();
                    update.setString(1, Integer.toString(i));
                    update.setString(2, KEY);
                    update.executeUpdate();
                    c.commit();
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        edit[i] = t1 - t0;
                        bare[i] = t2 - t1;
                    }
                }
            }
        }
        double[] e = Stats.nanosToMillis(edit);
        double[] b = Stats.nanosToMillis(bare);
        ChildJvm.report("edit.median", Stats.median(e));
        ChildJvm.report("edit.p99", Stats.percentile(e, 99));
        ChildJvm.report("bare.median", Stats.median(b));
        ChildJvm.report("bare.p99", Stats.percentile(b, 99));
        ChildJvm.report("edits", edits);
    }

    /** Cycles 合格, 扣分 with quantities and a note, and 合格 with a note, so every kind of write is in the mix. */
    private static ItemResult variant(TemplateItem item, int i) {
        return switch (Math.floorMod(i, 3)) {
            case 0 -> ItemResult.pass(item.id());
            case 1 -> ItemResult.deduct(item.id(), item.rules().stream().map(ReferenceDataset::smallest).toList())
                    .withNote("基准测试第" + i + "次修改：现场发现问题，已拍照留证。");
            default -> ItemResult.pass(item.id()).withNote("复查合格 " + i);
        };
    }
}
