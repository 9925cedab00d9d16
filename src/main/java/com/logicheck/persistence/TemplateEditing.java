package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_DRAFT;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateDraft;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The template editor's storage: working copies (template_draft, V7), publishing a new immutable version with its
 * history row in one transaction, enabling and disabling templates, and the list with how many sheets use each version.
 */
public final class TemplateEditing {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TemplateRepository templates;

    public TemplateEditing(DSLContext dsl, Clock clock, ChangeLog changeLog, TemplateRepository templates) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
        this.templates = templates;
    }

    /** How many sheets (any status) use one published version. */
    public record VersionUse(int version, UUID versionId, String title, int sheets, OffsetDateTime publishedAt) {
    }

    /** One template as the editor lists it; {@code versions} newest first, empty for a never-published draft. */
    public record TemplateEntry(String code, String title, ServiceLine serviceLine, boolean builtIn, boolean enabled,
                                List<VersionUse> versions, boolean hasDraft, boolean sealBox) {
        public Optional<VersionUse> latest() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
        }
    }

    /** A stored working copy. */
    public record StoredDraft(TemplateDraft draft, OffsetDateTime updatedAt) {
    }

    public List<TemplateEntry> list() {
        var sheets = DSL.selectCount().from(INSPECTION).where(INSPECTION.TEMPLATE_VERSION_ID.eq(TEMPLATE_VERSION.ID))
                .<Integer>asField("sheets");
        Map<String, List<VersionUse>> uses = new LinkedHashMap<>();
        dsl.select(CHECKLIST_TEMPLATE.CODE, TEMPLATE_VERSION.VERSION, TEMPLATE_VERSION.ID, TEMPLATE_VERSION.TITLE, sheets,
                        TEMPLATE_VERSION.PUBLISHED_AT)
                .from(TEMPLATE_VERSION).join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .orderBy(CHECKLIST_TEMPLATE.CODE, TEMPLATE_VERSION.VERSION.desc())
                .forEach(r -> uses.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new VersionUse(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        Map<String, String> drafts = new LinkedHashMap<>();
        dsl.select(TEMPLATE_DRAFT.CODE, TEMPLATE_DRAFT.TITLE).from(TEMPLATE_DRAFT).forEach(r -> drafts.put(r.value1(), r.value2()));
        List<TemplateEntry> out = new ArrayList<>();
        dsl.selectFrom(CHECKLIST_TEMPLATE).forEach(t -> {
            List<VersionUse> versions = uses.getOrDefault(t.getCode(), List.of());
            String title = versions.isEmpty() ? t.getCode() : versions.get(0).title();
            out.add(new TemplateEntry(t.getCode(), title, ServiceLine.valueOf(t.getServiceLine()), t.getBuiltIn(),
                    t.getEnabled(), versions, drafts.containsKey(t.getCode()), t.getSealBox()));
        });
        drafts.forEach((code, title) -> {
            if (out.stream().noneMatch(e -> e.code().equals(code))) {
                TemplateDraft d = draft(code).map(StoredDraft::draft).orElseThrow();
                out.add(new TemplateEntry(code, title, d.serviceLine() == null ? ServiceLine.PROPERTY : d.serviceLine(),
                        false, true, List.of(), true, false));
            }
        });
        out.sort(Comparator.comparing((TemplateEntry e) -> e.serviceLine().ordinal()).thenComparing(TemplateEntry::title));
        return out;
    }

    public Optional<TemplateEntry> entry(String code) {
        return list().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<StoredDraft> draft(String code) {
        return dsl.selectFrom(TEMPLATE_DRAFT).where(TEMPLATE_DRAFT.CODE.eq(code)).fetchOptional()
                .map(r -> new StoredDraft(read(r.getData()), r.getUpdatedAt()));
    }

    /** Stores (or replaces) the working copy of {@code draft.code()}. */
    public void saveDraft(TemplateDraft draft, UUID actorId) {
        String title = draft.title() == null ? "" : draft.title();
        dsl.insertInto(TEMPLATE_DRAFT)
                .set(TEMPLATE_DRAFT.CODE, draft.code())
                .set(TEMPLATE_DRAFT.BASE_VERSION, draft.baseVersion())
                .set(TEMPLATE_DRAFT.TITLE, title.length() > 1000 ? title.substring(0, 1000) : title)
                .set(TEMPLATE_DRAFT.DATA, write(draft))
                .set(TEMPLATE_DRAFT.UPDATED_BY, actorId)
                .set(TEMPLATE_DRAFT.UPDATED_AT, OffsetDateTime.now(clock))
                .onDuplicateKeyUpdate()
                .set(TEMPLATE_DRAFT.BASE_VERSION, draft.baseVersion())
                .set(TEMPLATE_DRAFT.TITLE, title.length() > 1000 ? title.substring(0, 1000) : title)
                .set(TEMPLATE_DRAFT.DATA, write(draft))
                .set(TEMPLATE_DRAFT.UPDATED_BY, actorId)
                .set(TEMPLATE_DRAFT.UPDATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    public void deleteDraft(String code) {
        dsl.deleteFrom(TEMPLATE_DRAFT).where(TEMPLATE_DRAFT.CODE.eq(code)).execute();
    }

    public Optional<Integer> latestVersion(String code) {
        return Optional.ofNullable(dsl.select(DSL.max(TEMPLATE_VERSION.VERSION)).from(TEMPLATE_VERSION)
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(CHECKLIST_TEMPLATE.CODE.eq(code)).fetchOne(0, Integer.class));
    }

    /**
     * Stores {@code t} as a new version, deletes the working copy of its code and writes the history row, in one
     * transaction. {@code t.version()} must be the next version: a version that exists already fails the transaction.
     */
    public void publish(ChecklistTemplate t, String contentHash, UUID actorId, String fileName) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(TEMPLATE_VERSION, TEMPLATE_VERSION.ID.eq(t.id()))) {
                throw new IllegalStateException("version exists: " + t.code() + " v" + t.version());
            }
            templates.insert(tx, t, false, contentHash);
            UUID templateId = tx.select(CHECKLIST_TEMPLATE.ID).from(CHECKLIST_TEMPLATE)
                    .where(CHECKLIST_TEMPLATE.CODE.eq(t.code())).fetchOne(CHECKLIST_TEMPLATE.ID);
            tx.deleteFrom(TEMPLATE_DRAFT).where(TEMPLATE_DRAFT.CODE.eq(t.code())).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("code", t.code());
            detail.put("version", t.version());
            detail.put("title", t.title());
            detail.put("versionId", t.id().toString());
            detail.put("contentHash", contentHash);
            if (fileName != null) {
                detail.put("importedFrom", fileName);
            }
            changeLog.append(tx, "template", templateId, null, "PUBLISHED", detail, actorId);
        });
    }

    /** 停用 / 启用: a disabled template is not offered for new inspections; its sheets stay as they are. */
    public void setEnabled(String code, boolean enabled, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID templateId = tx.select(CHECKLIST_TEMPLATE.ID).from(CHECKLIST_TEMPLATE)
                    .where(CHECKLIST_TEMPLATE.CODE.eq(code)).fetchOptional(CHECKLIST_TEMPLATE.ID)
                    .orElseThrow(() -> new IllegalArgumentException("no template " + code));
            tx.update(CHECKLIST_TEMPLATE).set(CHECKLIST_TEMPLATE.ENABLED, enabled)
                    .where(CHECKLIST_TEMPLATE.ID.eq(templateId)).execute();
            changeLog.append(tx, "template", templateId, null, enabled ? "ENABLED" : "DISABLED", Map.of("code", code), actorId);
        });
    }

    /** 盖章栏: whether the template's sheets print a box for the provider's seal (not versioned, ADR 0039). */
    public void setSealBox(String code, boolean sealBox, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID templateId = tx.select(CHECKLIST_TEMPLATE.ID).from(CHECKLIST_TEMPLATE)
                    .where(CHECKLIST_TEMPLATE.CODE.eq(code)).fetchOptional(CHECKLIST_TEMPLATE.ID)
                    .orElseThrow(() -> new IllegalArgumentException("no template " + code));
            tx.update(CHECKLIST_TEMPLATE).set(CHECKLIST_TEMPLATE.SEAL_BOX, sealBox)
                    .where(CHECKLIST_TEMPLATE.ID.eq(templateId)).execute();
            changeLog.append(tx, "template", templateId, null, sealBox ? "SEAL_BOX_ON" : "SEAL_BOX_OFF",
                    Map.of("code", code), actorId);
        });
    }

    /** The history of one template (published versions, enable/disable), oldest first. */
    public List<ChangeLog.Entry> history(String code) {
        UUID templateId = UUID.nameUUIDFromBytes(("template:" + code).getBytes(StandardCharsets.UTF_8));
        return changeLog.forEntity(dsl, "template", templateId);
    }

    private static String write(TemplateDraft draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateDraft read(String json) {
        try {
            return JSON.readValue(json, TemplateDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable template draft", e);
        }
    }
}
