package com.logicheck.ui.templates;

import com.logicheck.domain.template.TemplateDraft;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editor's working copy as observable rows: 项目, their 考评内容, and each item's 扣分规则, all as typed text. */
public final class EditorRows {
    private EditorRows() {
    }

    /** 项目: name and subtotal. */
    public static final class SectionRow {
        public final StringProperty title = new SimpleStringProperty("");
        public final StringProperty subtotal = new SimpleStringProperty("");
        public final ObservableList<ItemRow> items = FXCollections.observableArrayList(i -> new Observable[] {
            i.code, i.content, i.requirement, i.criteria, i.maxScore, i.naAllowed, i.remark, i.rules});

        static SectionRow of(TemplateDraft.Section s) {
            SectionRow row = new SectionRow();
            row.title.set(s.title());
            row.subtotal.set(s.subtotal());
            s.items().forEach(i -> row.items.add(ItemRow.of(i)));
            return row;
        }

        TemplateDraft.Section toDraft() {
            return new TemplateDraft.Section(title.get(), subtotal.get(), items.stream().map(ItemRow::toDraft).toList());
        }
    }

    /** One 考评内容 line. */
    public static final class ItemRow {
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty content = new SimpleStringProperty("");
        public final StringProperty requirement = new SimpleStringProperty("");
        public final StringProperty criteria = new SimpleStringProperty("");
        public final StringProperty maxScore = new SimpleStringProperty("");
        public final BooleanProperty naAllowed = new SimpleBooleanProperty(false);
        public final StringProperty remark = new SimpleStringProperty("");
        public final ObservableList<RuleRow> rules = FXCollections.observableArrayList(r -> new Observable[] {
            r.type, r.label, r.points, r.unit, r.unitSize, r.min, r.max, r.step});

        static ItemRow of(TemplateDraft.Item i) {
            ItemRow row = new ItemRow();
            row.code.set(i.code());
            row.content.set(i.content());
            row.requirement.set(i.requirement());
            row.criteria.set(i.criteria());
            row.maxScore.set(i.maxScore());
            row.naAllowed.set(i.naAllowed());
            row.remark.set(i.remark());
            i.rules().forEach(r -> row.rules.add(RuleRow.of(r)));
            return row;
        }

        TemplateDraft.Item toDraft() {
            return new TemplateDraft.Item(code.get(), content.get(), requirement.get(), criteria.get(), maxScore.get(),
                    naAllowed.get(), remark.get(), rules.stream().map(RuleRow::toDraft).toList());
        }
    }

    /** One 扣分规则 clause; {@code type} is PER_OCCURRENCE, PER_UNIT or RANGE. */
    public static final class RuleRow {
        public final StringProperty type = new SimpleStringProperty("PER_OCCURRENCE");
        public final StringProperty label = new SimpleStringProperty("");
        public final StringProperty points = new SimpleStringProperty("");
        public final StringProperty unit = new SimpleStringProperty("");
        public final StringProperty unitSize = new SimpleStringProperty("");
        public final StringProperty min = new SimpleStringProperty("");
        public final StringProperty max = new SimpleStringProperty("");
        public final StringProperty step = new SimpleStringProperty("");

        static RuleRow of(TemplateDraft.Rule r) {
            RuleRow row = new RuleRow();
            row.type.set(r.type());
            row.label.set(r.label());
            row.points.set(r.points());
            row.unit.set(r.unit());
            row.unitSize.set(r.unitSize());
            row.min.set(r.min());
            row.max.set(r.max());
            row.step.set(r.step());
            return row;
        }

        TemplateDraft.Rule toDraft() {
            return new TemplateDraft.Rule(type.get(), label.get(), points.get(), unit.get(), unitSize.get(), min.get(),
                    max.get(), step.get());
        }
    }
}
