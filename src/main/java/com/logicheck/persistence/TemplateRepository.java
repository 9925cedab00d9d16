package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_SECTION;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.persistence.jooq.tables.records.TemplateItemRecord;
import com.logicheck.persistence.jooq.tables.records.TemplateSectionRecord;
import com.logicheck.persistence.jooq.tables.records.TemplateVersionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Template versions. A version is immutable once stored, so loaded versions are cached. */
public final class TemplateRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final Map<UUID, ChecklistTemplate> cache = new ConcurrentHashMap<>();

    public TemplateRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Summary row of the newest version of each enabled template. */
    public record TemplateSummary(UUID versionId, String code, int version, String title, ServiceLine serviceLine,
                                  int itemCount, boolean builtIn) {
    }

    public boolean exists(UUID versionId) {
        return dsl.fetchExists(TEMPLATE_VERSION, TEMPLATE_VERSION.ID.eq(versionId));
    }

    /** Stores a new version (and the template row on first sight). Does nothing if the version is there. */
    public void save(ChecklistTemplate t, boolean builtIn, String contentHash) {
        dsl.transaction(cfg -> saveIn(cfg.dsl(), t, builtIn, contentHash, clock));
    }

    /** {@link #save} inside the caller's transaction (a reference-data package is stored all or nothing). */
    static void saveIn(DSLContext tx, ChecklistTemplate t, boolean builtIn, String contentHash, Clock clock) {
        {
            if (tx.fetchExists(TEMPLATE_VERSION, TEMPLATE_VERSION.ID.eq(t.id()))) {
                return;
            }
            UUID templateId = tx.select(CHECKLIST_TEMPLATE.ID).from(CHECKLIST_TEMPLATE)
                    .where(CHECKLIST_TEMPLATE.CODE.eq(t.code())).fetchOptional(CHECKLIST_TEMPLATE.ID)
                    .orElseGet(() -> {
                        UUID id = UUID.nameUUIDFromBytes(("template:" + t.code()).getBytes(StandardCharsets.UTF_8));
                        tx.insertInto(CHECKLIST_TEMPLATE).set(CHECKLIST_TEMPLATE.ID, id)
                                .set(CHECKLIST_TEMPLATE.CODE, t.code())
                                .set(CHECKLIST_TEMPLATE.SERVICE_LINE, t.serviceLine().name())
                                .set(CHECKLIST_TEMPLATE.BUILT_IN, builtIn).execute();
                        return id;
                    });
            TemplateVersionRecord v = tx.newRecord(TEMPLATE_VERSION);
            v.setId(t.id());
            v.setTemplateId(templateId);
            v.setVersion(t.version());
            v.setTitle(t.title());
            v.setSource(t.source());
            v.setTotalScore(t.totalScore());
            v.setNaPolicy(t.naPolicy().name());
            v.setGradeBands(JsonCodec.gradeBands(t.gradeBands()));
            v.setContentHash(contentHash);
            v.setPublishedAt(OffsetDateTime.now(clock));
            v.store();
            List<TemplateSectionRecord> sections = new ArrayList<>();
            List<TemplateItemRecord> items = new ArrayList<>();
            int itemPosition = 0;
            for (int s = 0; s < t.sections().size(); s++) {
                TemplateSection section = t.sections().get(s);
                UUID sectionId = UUID.nameUUIDFromBytes((t.id() + ":section:" + s).getBytes(StandardCharsets.UTF_8));
                sections.add(new TemplateSectionRecord(sectionId, t.id(), s, section.title(), section.subtotal()));
                for (TemplateItem item : section.items()) {
                    items.add(new TemplateItemRecord(item.id(), sectionId, t.id(), itemPosition++, item.code(),
                            item.content(), item.requirement(), item.criteria(), item.maxScore(), item.naAllowed(),
                            item.remark(), JsonCodec.rules(item.rules())));
                }
            }
            tx.batchInsert(sections).execute();
            tx.batchInsert(items).execute();
        }
    }

    /** {@link #saveIn} with this repository's clock (the template editor publishes inside its own transaction). */
    void insert(DSLContext tx, ChecklistTemplate t, boolean builtIn, String contentHash) {
        saveIn(tx, t, builtIn, contentHash, clock);
    }

    public ChecklistTemplate load(UUID versionId) {
        return cache.computeIfAbsent(versionId, this::fetch);
    }

    /** Whether sheets of the template of {@code versionId} print a 盖章 box (a setting of the template, not versioned). */
    public boolean sealBox(UUID versionId) {
        return dsl.select(CHECKLIST_TEMPLATE.SEAL_BOX).from(TEMPLATE_VERSION).join(CHECKLIST_TEMPLATE)
                .on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID)).where(TEMPLATE_VERSION.ID.eq(versionId))
                .fetchOptional(CHECKLIST_TEMPLATE.SEAL_BOX).orElse(false);
    }

    public Optional<ChecklistTemplate> find(UUID versionId) {
        return exists(versionId) ? Optional.of(load(versionId)) : Optional.empty();
    }

    private ChecklistTemplate fetch(UUID versionId) {
        var row = dsl.select(TEMPLATE_VERSION.asterisk(), CHECKLIST_TEMPLATE.CODE, CHECKLIST_TEMPLATE.SERVICE_LINE)
                .from(TEMPLATE_VERSION).join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(TEMPLATE_VERSION.ID.eq(versionId)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no template version " + versionId));
        var itemsBySection = dsl.selectFrom(TEMPLATE_ITEM).where(TEMPLATE_ITEM.TEMPLATE_VERSION_ID.eq(versionId))
                .orderBy(TEMPLATE_ITEM.POSITION).fetchGroups(TEMPLATE_ITEM.SECTION_ID);
        List<TemplateSection> sections = dsl.selectFrom(TEMPLATE_SECTION)
                .where(TEMPLATE_SECTION.TEMPLATE_VERSION_ID.eq(versionId)).orderBy(TEMPLATE_SECTION.POSITION)
                .fetch(s -> new TemplateSection(s.getTitle(), s.getSubtotal(),
                        itemsOf(itemsBySection.get(s.getId()))));
        return new ChecklistTemplate(versionId, row.get(CHECKLIST_TEMPLATE.CODE), row.get(TEMPLATE_VERSION.VERSION),
                row.get(TEMPLATE_VERSION.TITLE), ServiceLine.valueOf(row.get(CHECKLIST_TEMPLATE.SERVICE_LINE)),
                row.get(TEMPLATE_VERSION.SOURCE), row.get(TEMPLATE_VERSION.TOTAL_SCORE),
                NaPolicy.valueOf(row.get(TEMPLATE_VERSION.NA_POLICY)),
                JsonCodec.gradeBands(row.get(TEMPLATE_VERSION.GRADE_BANDS)), sections);
    }

    private static List<TemplateItem> itemsOf(List<TemplateItemRecord> records) {
        return records == null ? List.of() : records.stream().map(TemplateRepository::toItem).toList();
    }

    private static TemplateItem toItem(TemplateItemRecord r) {
        return new TemplateItem(r.getId(), r.getCode(), r.getContent(), r.getRequirement(), r.getCriteria(),
                r.getMaxScore(), r.getNaAllowed(), r.getRemark(), JsonCodec.rules(r.getRules()));
    }

    /** The newest version of every enabled template, by service line and title. */
    public List<TemplateSummary> latest() {
        var v = TEMPLATE_VERSION.as("v");
        var newer = TEMPLATE_VERSION.as("newer");
        var count = DSL.selectCount().from(TEMPLATE_ITEM).where(TEMPLATE_ITEM.TEMPLATE_VERSION_ID.eq(v.ID))
                .<Integer>asField("items");
        return dsl.select(v.ID, CHECKLIST_TEMPLATE.CODE, v.VERSION, v.TITLE, CHECKLIST_TEMPLATE.SERVICE_LINE, count,
                        CHECKLIST_TEMPLATE.BUILT_IN)
                .from(v).join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(v.TEMPLATE_ID))
                .where(CHECKLIST_TEMPLATE.ENABLED.isTrue())
                .andNotExists(DSL.selectOne().from(newer)
                        .where(newer.TEMPLATE_ID.eq(v.TEMPLATE_ID)).and(newer.VERSION.gt(v.VERSION)))
                .orderBy(CHECKLIST_TEMPLATE.SERVICE_LINE, v.TITLE)
                .fetch(r -> new TemplateSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        ServiceLine.valueOf(r.value5()), r.value6(), r.value7()));
    }
}
