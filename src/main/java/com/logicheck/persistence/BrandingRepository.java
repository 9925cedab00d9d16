package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.APP_SETTING;
import static com.logicheck.persistence.jooq.Tables.ORGANISATION;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * 单位设置 (ADR 0024): the organisation's name and logo path, and the installation's settings edited on the settings
 * screen. Who may change what is decided before, by {@code OrganisationSettings} and the permission policy
 * (ADR 0032). Every change writes one change_log row (entity
 * {@code organisation}, the organisation's id) in the same transaction: RENAMED, LOGO_CHANGED, LOGO_REMOVED, SETTING.
 */
public final class BrandingRepository {
    public static final String ENTITY = "organisation";
    private final DSLContext dsl;
    private final ChangeLog changeLog;

    public BrandingRepository(DSLContext dsl, ChangeLog changeLog) {
        this.dsl = dsl;
        this.changeLog = changeLog;
    }

    /** The organisation as the settings screen shows it; {@code logoPath} relative to the data folder, or null. */
    public record Organisation(UUID id, String name, String logoPath) {
    }

    public Optional<Organisation> organisation() {
        return dsl.selectFrom(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(r -> new Organisation(r.getId(), r.getName(), r.getLogoPath()));
    }

    /** Renames the organisation; returns the name before. */
    public String rename(UUID actorId, String name) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Organisation o = existing(tx);
            tx.update(ORGANISATION).set(ORGANISATION.NAME, name).where(ORGANISATION.ID.eq(o.id())).execute();
            changeLog.append(tx, ENTITY, o.id(), null, "RENAMED", Map.of("from", o.name(), "to", name), actorId);
            return o.name();
        });
    }

    /**
     * Records the logo: {@code logoPath} null means removed. {@code sha256} identifies the new image in
     * the history. Runs before the file is moved into place, so a refusal leaves the old logo where it was.
     */
    public void logo(UUID actorId, String logoPath, String sha256) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Organisation o = existing(tx);
            tx.update(ORGANISATION).set(ORGANISATION.LOGO_PATH, logoPath).where(ORGANISATION.ID.eq(o.id())).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("path", logoPath == null ? "" : logoPath);
            detail.put("sha256", sha256 == null ? "" : sha256);
            changeLog.append(tx, ENTITY, o.id(), null, logoPath == null ? "LOGO_REMOVED" : "LOGO_CHANGED", detail,
                    actorId);
        });
    }

    /**
     * Sets one {@code app_setting} ({@code value} null removes it) and logs it with the value before. Returns the value
     * before (null when there was none).
     */
    public String setting(UUID actorId, String key, String value) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Organisation o = existing(tx);
            String before = tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                    .fetchOptional(APP_SETTING.SETTING_VALUE).orElse(null);
            if (value == null) {
                tx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
            } else {
                new SettingsRepository(tx).put(key, value);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("key", key);
            detail.put("from", before == null ? "" : before);
            detail.put("to", value == null ? "" : value);
            changeLog.append(tx, ENTITY, o.id(), null, "SETTING", detail, actorId);
            return before;
        });
    }

    /** The organisation's history (name, logo, settings), oldest first. */
    public List<ChangeLog.Entry> history() {
        return organisation().map(o -> changeLog.forEntity(dsl, ENTITY, o.id())).orElse(List.of());
    }

    /** The name of a person in the history (empty when unknown). */
    public String personName(UUID personId) {
        String n = People.name(dsl, personId);
        return n == null ? "" : n;
    }

    private static Organisation existing(DSLContext tx) {
        return tx.selectFrom(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(r -> new Organisation(r.getId(), r.getName(), r.getLogoPath()))
                .orElseThrow(() -> new DomainException(Problem.of("problem.branding.noOrganisation")));
    }
}
