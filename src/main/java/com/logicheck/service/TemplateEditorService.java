package com.logicheck.service;

import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.GradeBandsText;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.PublishChecks;
import com.logicheck.domain.template.TemplateDraft;
import com.logicheck.domain.template.TemplateValidator;
import com.logicheck.domain.template.TemplateVersions;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.TemplateEditing;
import com.logicheck.persistence.TemplateEditing.StoredDraft;
import com.logicheck.persistence.TemplateEditing.TemplateEntry;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.xlsx.TemplateSheetReader;
import com.logicheck.xlsx.TemplateWorkbook;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 模板编辑 use cases: working copies, 发布 (a new immutable version; sheets keep theirs), 另存为, 停用/启用.
 * Only 主管 and 管理员 may change templates; the role is read from the database for every change.
 * Built-in templates are read-only: they are copied into an own template first (ADR 0015).
 */
public final class TemplateEditorService {
    private final TemplateEditing editing;
    private final TemplateRepository templates;
    private final TemplateFiles files;
    private final UseCases useCases;
    private final Messages messages;

    /** {@code messages}: the language of exported workbooks and of import messages (both languages are read). */
    public TemplateEditorService(TemplateEditing editing, TemplateRepository templates, TemplateFiles files,
                                 UseCases useCases, Messages messages) {
        this.editing = editing;
        this.templates = templates;
        this.files = files;
        this.useCases = useCases;
        this.messages = messages;
    }

    /** The 考核表 Excel form of these templates, one sheet each (no role needed: reading). */
    public byte[] exportWorkbook(List<ChecklistTemplate> chosen) {
        return new TemplateWorkbook(messages).write(chosen);
    }

    /** Reads a workbook and publishes its templates ({@link #importTemplates}); a faulty workbook changes nothing. */
    public List<Imported> importWorkbook(InputStream in, String fileName, UUID actorId) {
        requireEditor(actorId);
        Messages other = Messages.forLanguage(messages.locale().getLanguage().equals("en") ? "zh" : "en");
        List<ImportedSheet> sheets = new TemplateSheetReader(List.of(messages, other)).read(in, fileName).stream()
                .map(t -> new ImportedSheet(t.sheet(), t.code(), t.template())).toList();
        return importTemplates(sheets, fileName, actorId);
    }

    /** A template opened for editing: its working copy, and whether it may be changed at all. */
    public record Opened(TemplateDraft draft, boolean builtIn, boolean storedDraft, OffsetDateTime draftSavedAt,
                         Optional<VersionUsage> latest) {
    }

    public List<TemplateEntry> list(UUID actorId) {
        requireEditor(actorId);
        return editing.list();
    }

    /** A template as the editor's list (模板列表) shows it; {@code versions} newest first, empty for a draft only. */
    public record TemplateListing(String code, String title, ServiceLine serviceLine, boolean builtIn, boolean enabled,
                                  List<VersionUsage> versions, boolean hasDraft, boolean sealBox) {
        public Optional<VersionUsage> latest() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
        }
    }

    /** A published version and how many sheets use it. */
    public record VersionUsage(int version, int sheets) {
    }

    private static Optional<VersionUsage> usage(Optional<TemplateEditing.VersionUse> v) {
        return v.map(u -> new VersionUsage(u.version(), u.sheets()));
    }

    /** {@link #list} as the screens read it. */
    public List<TemplateListing> listing(UUID actorId) {
        return list(actorId).stream().map(e -> new TemplateListing(e.code(), e.title(), e.serviceLine(), e.builtIn(),
                e.enabled(), e.versions().stream().map(v -> new VersionUsage(v.version(), v.sheets())).toList(),
                e.hasDraft(), e.sealBox())).toList();
    }

    public Opened open(String code, UUID actorId) {
        requireEditor(actorId);
        TemplateEntry entry = editing.entry(code).orElseThrow(() -> unknown(code));
        Optional<StoredDraft> stored = entry.builtIn() ? Optional.empty() : editing.draft(code);
        if (stored.isPresent()) {
            return new Opened(stored.get().draft(), false, true, stored.get().updatedAt(), usage(entry.latest()));
        }
        ChecklistTemplate latest = templates.load(entry.latest().orElseThrow(() -> unknown(code)).versionId());
        return new Opened(TemplateDraft.of(latest, latest.version()), entry.builtIn(), false, null,
                usage(entry.latest()));
    }

    /** Stores the working copy as typed (even with faults: it is a draft). */
    public void saveDraft(TemplateDraft draft, UUID actorId) {
        requireEditor(actorId);
        requireOwn(draft.code());
        editing.saveDraft(draft, actorId);
    }

    /** 放弃草稿: the working copy goes; the published versions stay as they are. */
    public void discardDraft(String code, UUID actorId) {
        requireEditor(actorId);
        editing.deleteDraft(code);
    }

    /** 发布: the working copy becomes the next version, or a {@link DomainException} lists every fault. */
    public ChecklistTemplate publish(TemplateDraft draft, UUID actorId) {
        requireEditor(actorId);
        requireOwn(draft.code());
        publishChecked(checked(draft), actorId, null);
        return latest(draft.code());
    }

    private ChecklistTemplate checked(TemplateDraft draft) {
        List<Problem> errors = draft.check().stream().filter(PublishChecks.Finding::error)
                .map(PublishChecks.Finding::problem).toList();
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return draft.toTemplate(1).template();
    }

    private void publishChecked(ChecklistTemplate content, UUID actorId, String fileName) {
        String code = content.code();
        Optional<TemplateEntry> entry = editing.entry(code);
        if (entry.isPresent() && entry.get().serviceLine() != content.serviceLine() && !entry.get().versions().isEmpty()) {
            throw new DomainException(Problem.of("problem.editor.serviceLineFixed", code));
        }
        Optional<Integer> latest = editing.latestVersion(code);
        if (latest.isPresent() && TemplateVersions.sameContent(templates.load(ChecklistTemplate.versionId(code, latest.get())), content)) {
            throw new DomainException(Problem.of("problem.editor.unchanged", code, latest.get()));
        }
        ChecklistTemplate next = TemplateVersions.as(content, code, latest.orElse(0) + 1);
        List<Problem> loaderProblems = TemplateValidator.check(next);
        if (!loaderProblems.isEmpty()) {
            throw new DomainException(loaderProblems);
        }
        editing.publish(next, files.contentHash(next), actorId, fileName);
    }

    /** 另存为: a new own template (new code) starting from {@code sourceCode}'s working copy or latest version. */
    public String saveAs(String sourceCode, TemplateDraft current, String title, UUID actorId) {
        requireEditor(actorId);
        String code = newCode(sourceCode);
        TemplateDraft source = current != null ? current : open(sourceCode, actorId).draft();
        TemplateDraft copy = new TemplateDraft(code, null, title == null || title.isBlank() ? source.title() : title.strip(),
                source.serviceLine(), source.naPolicy(), source.grades(), source.source(), source.sections());
        editing.saveDraft(copy, actorId);
        return code;
    }

    /** 新建模板: an own template with one heading and one item to start from. */
    public String create(String title, ServiceLine line, UUID actorId) {
        requireEditor(actorId);
        String code = newCode("own");
        TemplateDraft draft = new TemplateDraft(code, null, title, line, NaPolicy.RESCALE,
                GradeBandsText.print(GradeBands.DEFAULT), "", List.of(new TemplateDraft.Section("", "100", List.of(
                new TemplateDraft.Item("1.1", "", "", "", "", false, "", List.of(
                        new TemplateDraft.Rule("PER_OCCURRENCE", "每缺一项", "1", "", "", "", "", "")))))));
        editing.saveDraft(draft, actorId);
        return code;
    }

    /** 停用 / 启用. */
    public void setEnabled(String code, boolean enabled, UUID actorId) {
        requireEditor(actorId);
        editing.entry(code).filter(e -> !e.versions().isEmpty()).orElseThrow(() -> unknown(code));
        editing.setEnabled(code, enabled, actorId);
    }

    /** 盖章栏: whether the template's sheets print a box for the provider's seal (a published template only). */
    public void setSealBox(String code, boolean sealBox, UUID actorId) {
        requireEditor(actorId);
        editing.entry(code).filter(e -> !e.versions().isEmpty()).orElseThrow(() -> unknown(code));
        editing.setSealBox(code, sealBox, actorId);
    }

    /** 变更记录 of one template: published versions (with the file they came from), disabled, enabled. */
    public List<ChangeLog.Entry> history(String code, UUID actorId) {
        requireEditor(actorId);
        return editing.history(code);
    }

    /** The newest published version of {@code code}. */
    public ChecklistTemplate latest(String code) {
        return templates.load(ChecklistTemplate.versionId(code, editing.latestVersion(code).orElseThrow(() -> unknown(code))));
    }

    /** What importing one template did. */
    public enum ImportAction { PUBLISHED, UNCHANGED }

    /** The outcome of importing one sheet of a workbook. */
    public record Imported(String sheet, String code, int version, ImportAction action) {
    }

    /**
     * Publishes the templates read from a workbook: a new code becomes an own template (v1), an own code gets its next
     * version, an unchanged one is skipped. A built-in code may only come back unchanged. Everything is checked
     * before anything is stored, so a refused workbook changes nothing.
     */
    public List<Imported> importTemplates(List<ImportedSheet> sheets, String fileName, UUID actorId) {
        requireEditor(actorId);
        List<Problem> problems = new ArrayList<>();
        List<ChecklistTemplate> toPublish = new ArrayList<>();
        List<Imported> outcome = new ArrayList<>();
        for (ImportedSheet sheet : sheets) {
            String code = sheet.code() == null ? newCode("own") : sheet.code().strip();
            if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                problems.add(Problem.of("problem.editor.codeFormat", sheet.sheet(), code));
                continue;
            }
            ChecklistTemplate content = TemplateVersions.as(sheet.template(), code, 1);
            Optional<TemplateEntry> entry = editing.entry(code);
            Optional<Integer> latest = editing.latestVersion(code);
            if (latest.isPresent() && TemplateVersions.sameContent(
                    templates.load(ChecklistTemplate.versionId(code, latest.get())), content)) {
                outcome.add(new Imported(sheet.sheet(), code, latest.get(), ImportAction.UNCHANGED));
            } else if (entry.isPresent() && entry.get().builtIn()) {
                problems.add(Problem.of("problem.editor.importBuiltIn", sheet.sheet(), code));
            } else if (entry.isPresent() && !entry.get().versions().isEmpty()
                    && entry.get().serviceLine() != content.serviceLine()) {
                problems.add(Problem.of("problem.editor.serviceLineFixed", code));
            } else {
                toPublish.add(content);
                outcome.add(new Imported(sheet.sheet(), code, latest.orElse(0) + 1, ImportAction.PUBLISHED));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        for (ChecklistTemplate t : toPublish) {
            publishChecked(t, actorId, fileName);
        }
        return outcome;
    }

    /** A template read from one sheet of a workbook ({@code code} null when the sheet names none). */
    public record ImportedSheet(String sheet, String code, ChecklistTemplate template) {
    }

    /** Asks the policy as every use case does: an unknown or deactivated person is refused before the role. */
    private void requireEditor(UUID actorId) {
        useCases.require(actorId, Permission.EDIT_TEMPLATES, AccessContext.NONE);
    }

    private void requireOwn(String code) {
        if (code == null || code.isBlank()) {
            throw unknown(String.valueOf(code));
        }
        editing.entry(code).filter(TemplateEntry::builtIn).ifPresent(e -> {
            throw new DomainException(Problem.of("problem.editor.builtInReadOnly", e.title()));
        });
    }

    private String newCode(String base) {
        String prefix = base.length() > 80 ? base.substring(0, 80) : base;
        while (true) {
            String code = prefix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
            if (editing.entry(code).isEmpty()) {
                return code;
            }
        }
    }

    private static DomainException unknown(String code) {
        return new DomainException(Problem.of("problem.editor.unknown", code));
    }
}
