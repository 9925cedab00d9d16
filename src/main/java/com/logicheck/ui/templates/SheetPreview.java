package com.logicheck.ui.templates;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SectionScore;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 预览: the sheet as the inspector sees it, with sample answers the supervisor toggles (未答 → 合格 → 扣分 → 不适用),
 * scored by the real {@link SheetScorer}. A sample 扣分 takes one unit of the item's first rule (one occurrence,
 * one unit, or the range's minimum), so the effect of a rule and of the caps shows at once.
 */
final class SheetPreview {
    private final SheetScorer scorer = new SheetScorer();
    private final Messages messages;
    private final Map<EditorRows.ItemRow, Outcome> samples = new IdentityHashMap<>();

    SheetPreview(Messages messages) {
        this.messages = messages;
    }

    /** One line of the preview: a heading or an item, every cell in words. */
    record Line(boolean section, EditorRows.ItemRow item, String code, String text, String max, String answer,
                String earned) {
    }

    /** The lines and the total, or {@code failure} when the rules cannot score yet. */
    record Result(List<Line> lines, String total, String grade, String failure) {
    }

    void toggle(EditorRows.ItemRow item, boolean naAllowed) {
        Outcome now = samples.get(item);
        Outcome next = now == null ? Outcome.PASS : now == Outcome.PASS ? Outcome.DEDUCT
                : now == Outcome.DEDUCT && naAllowed ? Outcome.NOT_APPLICABLE : null;
        if (next == null) {
            samples.remove(item);
        } else {
            samples.put(item, next);
        }
    }

    void allPass(List<EditorRows.SectionRow> sections) {
        samples.clear();
        sections.forEach(s -> s.items.forEach(i -> samples.put(i, Outcome.PASS)));
    }

    void clear() {
        samples.clear();
    }

    Result compute(ChecklistTemplate t, List<EditorRows.SectionRow> rows) {
        Map<UUID, ItemResult> results = new HashMap<>();
        List<EditorRows.ItemRow> itemRows = new ArrayList<>();
        rows.forEach(s -> itemRows.addAll(s.items));
        List<TemplateItem> items = t.items().toList();
        for (int i = 0; i < items.size() && i < itemRows.size(); i++) {
            Outcome o = samples.get(itemRows.get(i));
            if (o == Outcome.PASS || (o == Outcome.NOT_APPLICABLE && items.get(i).naAllowed())) {
                results.put(items.get(i).id(), o == Outcome.PASS ? ItemResult.pass(items.get(i).id())
                        : ItemResult.notApplicable(items.get(i).id()));
            } else if (o != null && !items.get(i).rules().isEmpty()) {
                results.put(items.get(i).id(), ItemResult.deduct(items.get(i).id(), sample(items.get(i))));
            }
        }
        SheetScore score;
        String failure = null;
        try {
            score = scorer.score(t, results);
        } catch (DomainException | ArithmeticException | NullPointerException e) {
            score = null;
            failure = e instanceof DomainException d ? messages.problems(d) : messages.get("editor.preview.unavailable");
        }
        List<Line> lines = new ArrayList<>();
        int k = 0;
        for (int s = 0; s < t.sections().size(); s++) {
            TemplateSection section = t.sections().get(s);
            SectionScore ss = score == null ? null : score.sections().get(s);
            lines.add(new Line(true, null, "", section.title(), f(section.subtotal()), "",
                    ss == null ? "" : messages.get("editor.preview.earned", f(ss.earned()))));
            for (TemplateItem item : section.items()) {
                EditorRows.ItemRow row = k < itemRows.size() ? itemRows.get(k) : null;
                k++;
                ItemScore is = score == null ? null : score.item(item.id());
                Outcome o = is == null ? null : is.outcome();
                String answer = o == null ? messages.get("editor.preview.open") : messages.label(o);
                lines.add(new Line(false, row, item.code(), item.content(), f(item.maxScore()), answer,
                        is == null || o == null ? "" : messages.get("editor.preview.earned", f(is.earned()))));
            }
        }
        return new Result(lines, score == null ? "" : f(score.total()), score == null ? "" : score.grade(), failure);
    }

    private static List<BigDecimal> sample(TemplateItem item) {
        List<BigDecimal> q = new ArrayList<>();
        for (int r = 0; r < item.rules().size(); r++) {
            DeductionRule rule = item.rules().get(r);
            if (r > 0) {
                q.add(BigDecimal.ZERO);
            } else if (rule instanceof DeductionRule.PerUnit u) {
                q.add(u.unitSize());
            } else if (rule instanceof DeductionRule.Range g) {
                q.add(g.min());
            } else {
                q.add(BigDecimal.ONE);
            }
        }
        return q;
    }

    private static String f(BigDecimal value) {
        return value == null ? "" : Scores.format(value);
    }
}
