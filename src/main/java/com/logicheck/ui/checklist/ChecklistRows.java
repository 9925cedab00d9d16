package com.logicheck.ui.checklist;

import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.scoring.SheetScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the checklist list, headings and items in sheet order, and moving between items. The list has
 * an extractor, so a row whose answer or score changes is redrawn by the (virtualised) list view.
 */
public final class ChecklistRows {
    private final ObservableList<ChecklistRow> all =
            FXCollections.observableArrayList(row -> new Observable[] {row.changes()});
    private final List<ItemRow> items = new ArrayList<>();
    private final List<SectionRow> sections = new ArrayList<>();
    private final Map<UUID, ItemRow> byId = new HashMap<>();
    private final Map<SectionRow, ItemRow> firstItem = new HashMap<>();

    void build(ChecklistTemplate template, AnswerBook book) {
        List<ChecklistRow> list = new ArrayList<>(template.itemCount() + template.sections().size());
        items.clear();
        sections.clear();
        byId.clear();
        firstItem.clear();
        SheetScore score = book.score();
        for (int s = 0; s < template.sections().size(); s++) {
            TemplateSection section = template.sections().get(s);
            SectionRow heading = new SectionRow(s, section);
            heading.setScore(score.sections().get(s));
            sections.add(heading);
            list.add(heading);
            for (TemplateItem item : section.items()) {
                ItemRow row = new ItemRow(item, s, items.size());
                row.setState(new ItemRow.State(book.result(item.id()).orElse(null), score.item(item.id())));
                items.add(row);
                byId.put(item.id(), row);
                firstItem.putIfAbsent(heading, row);
                list.add(row);
            }
        }
        all.setAll(list);
    }

    /** After an answer changed: the item's row and every heading (N/A can change a heading's capacity). */
    void refresh(ItemRow row, AnswerBook book) {
        SheetScore score = book.score();
        row.setState(new ItemRow.State(book.result(row.item().id()).orElse(null), score.item(row.item().id())));
        for (SectionRow heading : sections) {
            heading.setScore(score.sections().get(heading.index()));
        }
    }

    public ObservableList<ChecklistRow> all() {
        return all;
    }

    public List<ItemRow> items() {
        return items;
    }

    public Optional<ItemRow> item(UUID itemId) {
        return Optional.ofNullable(byId.get(itemId));
    }

    ItemRow firstOf(SectionRow heading) {
        return firstItem.get(heading);
    }

    Optional<ItemRow> next(ItemRow row) {
        int n = row.number() + 1;
        return n < items.size() ? Optional.of(items.get(n)) : Optional.empty();
    }

    Optional<ItemRow> previous(ItemRow row) {
        int n = row.number() - 1;
        return n >= 0 ? Optional.of(items.get(n)) : Optional.empty();
    }

    /** The first unanswered item after {@code from} (from the start when null), wrapping around. */
    Optional<ItemRow> nextUnanswered(ItemRow from) {
        int start = from == null ? 0 : from.number() + 1;
        for (int i = 0; i < items.size(); i++) {
            ItemRow candidate = items.get((start + i) % items.size());
            if (!candidate.state().answered()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
