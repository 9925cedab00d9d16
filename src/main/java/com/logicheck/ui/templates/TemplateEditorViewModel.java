package com.logicheck.ui.templates;

import com.logicheck.domain.Scores;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.CriteriaPhrases;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.PublishChecks;
import com.logicheck.domain.template.TemplateDraft;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.service.TemplateEditorService;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.templates.EditorRows.ItemRow;
import com.logicheck.ui.templates.EditorRows.RuleRow;
import com.logicheck.ui.templates.EditorRows.SectionRow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 模板编辑: one template's working copy. Every change is checked at once ({@link TemplateDraft#check}), re-scored in
 * the preview, stored as the draft (no Save button, like the checklist) and undoable (Ctrl+Z, whole-copy snapshots).
 * A built-in template opens read-only; 另存为 makes an own copy. 发布 makes the next immutable version.
 */
public final class TemplateEditorViewModel {
    private static final int UNDO_LIMIT = 200;
    private static final long COALESCE_NANOS = 800_000_000L;
    private final TemplateEditorService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final String code;
    private final SheetPreview preview;
    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<ServiceLine> serviceLine = new SimpleObjectProperty<>(ServiceLine.PROPERTY);
    public final ObjectProperty<NaPolicy> naPolicy = new SimpleObjectProperty<>(NaPolicy.RESCALE);
    public final StringProperty grades = new SimpleStringProperty("");
    public final StringProperty source = new SimpleStringProperty("");
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList(s -> new Observable[] {
        s.title, s.subtotal, s.items});
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<SheetPreview.Line> previewLines = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty score = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty serviceLineLocked = new SimpleBooleanProperty(true);
    private final BooleanProperty publishable = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final Deque<TemplateDraft> undo = new ArrayDeque<>();
    private final AtomicReference<TemplateDraft> unsaved = new AtomicReference<>();
    private TemplateDraft current;
    private Integer baseVersion;
    private boolean restoring = true;
    private long lastChange;

    /** One check result in words; {@code section}/{@code item} say where (-1: the whole sheet). */
    public record Finding(boolean error, String text, int section, int item) {
    }

    public TemplateEditorViewModel(TemplateEditorService service, Messages messages, TaskExecutor executor,
                                   Navigator navigator, UUID actorId, String code) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.code = code;
        this.preview = new SheetPreview(messages);
        for (Observable o : List.<Observable>of(title, serviceLine, naPolicy, grades, source, sections)) {
            o.addListener(x -> changed());
        }
    }

    public void load() {
        executor.submit(() -> service.open(code, actorId), opened -> {
            readOnly.set(opened.builtIn());
            baseVersion = opened.draft().baseVersion();
            restore(opened.draft());
            serviceLineLocked.set(opened.builtIn() || opened.latest().isPresent());
            String version = opened.latest().map(v -> messages.get("editor.version",
                    v.version())).orElse(messages.get("editor.neverPublished"));
            status.set(opened.builtIn() ? messages.get("editor.status.builtIn", version)
                    : opened.storedDraft() && opened.latest().isEmpty() ? messages.get("editor.status.newDraft")
                    : opened.storedDraft() ? messages.get("editor.status.draft", version) : messages.get("editor.status.clean", version));
            undo.clear();
            loaded.set(true);
        }, Failures.shownIn(message, messages));
    }

    private void restore(TemplateDraft d) {
        restoring = true;
        try {
            title.set(d.title());
            serviceLine.set(d.serviceLine() == null ? ServiceLine.PROPERTY : d.serviceLine());
            naPolicy.set(d.naPolicy() == null ? NaPolicy.RESCALE : d.naPolicy());
            grades.set(d.grades());
            source.set(d.source());
            sections.setAll(d.sections().stream().map(SectionRow::of).toList());
            current = d;
        } finally {
            restoring = false;
        }
        refresh();
    }

    public TemplateDraft draft() {
        return new TemplateDraft(code, baseVersion, title.get(), serviceLine.get(), naPolicy.get(), grades.get(),
                source.get(), sections.stream().map(SectionRow::toDraft).toList());
    }

    private void changed() {
        if (restoring) {
            return;
        }
        TemplateDraft before = current;
        long now = System.nanoTime();
        if (before != null && (undo.isEmpty() || now - lastChange > COALESCE_NANOS)) {
            undo.push(before);
            while (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        lastChange = now;
        followCriteria(before);
        current = draft();
        refresh();
        if (!readOnly.get()) {
            save(current);
        }
    }

    /** A 评分标准 text that was the exact form of the old rules follows the rules when they change. */
    private void followCriteria(TemplateDraft before) {
        if (before == null) {
            return;
        }
        ChecklistTemplate old = before.toTemplate(1).template();
        ChecklistTemplate now = draft().toTemplate(1).template();
        if (old.sections().size() != now.sections().size()) {
            return;
        }
        restoring = true;
        try {
            for (int s = 0; s < now.sections().size(); s++) {
                List<TemplateItem> a = old.sections().get(s).items();
                List<TemplateItem> b = now.sections().get(s).items();
                for (int i = 0; i < a.size() && i < b.size() && a.size() == b.size(); i++) {
                    if (!a.get(i).rules().equals(b.get(i).rules())
                            && CriteriaPhrases.sameRules(CriteriaPhrases.parse(a.get(i).criteria()), a.get(i).rules())) {
                        sections.get(s).items.get(i).criteria.set(CriteriaPhrases.print(b.get(i).rules()));
                    }
                }
            }
        } finally {
            restoring = false;
        }
    }

    private void refresh() {
        TemplateDraft d = draft();
        List<PublishChecks.Finding> checked = d.check();
        findings.setAll(checked.stream().map(f -> new Finding(f.error(), messages.problem(f.problem()), f.section(),
                f.item())).toList());
        publishable.set(!readOnly.get() && !PublishChecks.hasErrors(checked));
        heading.set(title.get().isBlank() ? messages.get("editor.untitled") : title.get());
        SheetPreview.Result r = preview.compute(d.toTemplate(1).template(), sections);
        previewLines.setAll(r.lines());
        score.set(r.failure() != null ? r.failure() : messages.get("editor.preview.total", r.total(), r.grade()));
    }

    private void save(TemplateDraft d) {
        if (unsaved.getAndSet(d) != null) {
            return;
        }
        executor.execute(() -> service.saveDraft(unsaved.getAndSet(null), actorId),
                Failures.shownIn(message, messages));
        status.set(messages.get("editor.status.saved"));
    }

    public void undo() {
        if (!undo.isEmpty() && !readOnly.get()) {
            restore(undo.pop());
            lastChange = 0;
            save(current);
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public int addSection(int after) {
        SectionRow row = new SectionRow();
        row.title.set(messages.get("editor.newSection"));
        row.subtotal.set("10");
        ItemRow item = newItem(sections.size() + (after < 0 ? 0 : 1), 1);
        row.items.add(item);
        int at = Math.min(after + 1, sections.size());
        sections.add(at, row);
        return at;
    }

    public void deleteSection(int s) {
        if (s >= 0 && s < sections.size()) {
            sections.remove(s);
        }
    }

    public int moveSection(int s, int delta) {
        return move(sections, s, delta);
    }

    public int addItem(int s, int after) {
        SectionRow section = sections.get(s);
        int at = Math.min(after + 1, section.items.size());
        section.items.add(at, newItem(s + 1, section.items.size() + 1));
        return at;
    }

    private ItemRow newItem(int sectionNumber, int position) {
        ItemRow item = new ItemRow();
        String next = sectionNumber + "." + position;
        Set<String> used = new HashSet<>();
        sections.forEach(s -> s.items.forEach(i -> used.add(i.code.get())));
        for (int p = position; used.contains(next); p++) {
            next = sectionNumber + "." + (p + 1);
        }
        item.code.set(next);
        item.maxScore.set("1");
        RuleRow rule = new RuleRow();
        rule.label.set(messages.get("editor.newRuleLabel"));
        rule.points.set("1");
        item.rules.add(rule);
        item.criteria.set(CriteriaPhrases.print(new DeductionRule.PerOccurrence(
                rule.label.get(), Scores.of("1"))));
        return item;
    }

    public void deleteItem(int s, int i) {
        if (s >= 0 && s < sections.size() && i >= 0 && i < sections.get(s).items.size()) {
            sections.get(s).items.remove(i);
        }
    }

    public int moveItem(int s, int i, int delta) {
        return move(sections.get(s).items, i, delta);
    }

    public int addRule(ItemRow item, String type) {
        RuleRow rule = new RuleRow();
        rule.type.set(type);
        switch (type) {
            case "PER_UNIT" -> {
                rule.label.set(messages.get("editor.newUnitLabel"));
                rule.unit.set(messages.get("editor.newUnit"));
                rule.unitSize.set("1");
                rule.points.set("0.2");
            }
            case "RANGE" -> {
                rule.label.set(messages.get("editor.newRangeLabel"));
                rule.min.set("1");
                rule.max.set("3");
                rule.step.set("0.5");
            }
            default -> {
                rule.label.set(messages.get("editor.newRuleLabel"));
                rule.points.set("1");
            }
        }
        item.rules.add(rule);
        return item.rules.size() - 1;
    }

    public void deleteRule(ItemRow item, int r) {
        if (r >= 0 && r < item.rules.size()) {
            item.rules.remove(r);
        }
    }

    /** Writes the 评分标准 text from the item's rules (after the wording was changed by hand). */
    public void criteriaFromRules(ItemRow item) {
        TemplateDraft.Item built = item.toDraft();
        var one = new TemplateDraft(code, null, "", null, null, grades.get(), "", List.of(
                new TemplateDraft.Section("", "0", List.of(new TemplateDraft.Item(built.code(), "", "", "", "0", false, "",
                        built.rules()))))).toTemplate(1).template();
        item.criteria.set(CriteriaPhrases.print(one.items().findFirst().orElseThrow().rules()));
    }

    private static <T> int move(ObservableList<T> list, int i, int delta) {
        int to = i + delta;
        if (i < 0 || i >= list.size() || to < 0 || to >= list.size()) {
            return i;
        }
        T row = list.remove(i);
        list.add(to, row);
        return to;
    }

    public void toggleSample(SheetPreview.Line line) {
        if (line != null && line.item() != null) {
            preview.toggle(line.item(), line.item().naAllowed.get());
            refresh();
        }
    }

    public void samplesAllPass() {
        preview.allPass(sections);
        refresh();
    }

    public void samplesClear() {
        preview.clear();
        refresh();
    }

    public void publish() {
        TemplateDraft d = draft();
        executor.submit(() -> service.publish(d, actorId), t -> {
            message.set("");
            load();
            status.set(messages.get("editor.status.published", t.version()));
        }, Failures.shownIn(message, messages));
    }

    public void discardDraft() {
        executor.execute(() -> service.discardDraft(code, actorId), Failures.shownIn(message, messages));
        load();
    }

    public void saveAs(String newTitle) {
        TemplateDraft d = draft();
        executor.submit(() -> service.saveAs(code, d, newTitle, actorId), navigator::templateEditor,
                Failures.shownIn(message, messages));
    }

    /** 导出 Excel: the working copy as it is now, in the 考核表 form. */
    public void exportTo(Path file) {
        ChecklistTemplate t = TemplateDraftExport.of(draft());
        executor.submit(() -> written(file, service.exportWorkbook(List.of(t))),
                p -> message.set(messages.get("editor.exported", p)), Failures.shownIn(message, messages));
    }

    private static Path written(Path file, byte[] workbook) {
        AtomicFile.write(file, workbook, AtomicFile.Readers.SHARED);
        return file;
    }

    public void back() {
        navigator.templates();
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<SheetPreview.Line> previewLines() {
        return previewLines;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty serviceLineLockedProperty() {
        return serviceLineLocked;
    }

    public BooleanProperty publishableProperty() {
        return publishable;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public String code() {
        return code;
    }

    /** Builds the exportable template from the working copy (code and version as they will be). */
    private static final class TemplateDraftExport {
        static ChecklistTemplate of(TemplateDraft d) {
            int version = d.baseVersion() == null ? 1 : d.baseVersion();
            return d.toTemplate(version).template();
        }
    }
}
