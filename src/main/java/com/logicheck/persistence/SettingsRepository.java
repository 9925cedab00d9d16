package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.APP_SETTING;

import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Small key/value settings of this installation (device id, current user, last session …). */
public final class SettingsRepository {
    public static final String DEVICE_ID = "device.id";
    public static final String CURRENT_USER = "user.current";
    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    /** This laptop's identity in sync provenance, created once. */
    public UUID deviceId() {
        return get(DEVICE_ID).map(UUID::fromString).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            put(DEVICE_ID, id.toString());
            return id;
        });
    }
}
