package com.logicheck.app.modules;

import com.logicheck.persistence.BrandingRepository;
import com.logicheck.service.AccountService;
import com.logicheck.service.OrganisationSettings;
import com.logicheck.service.SessionSettings;

/**
 * 单位设置: the organisation's name and logo, this laptop's language and sync folder (ADR 0024), and the session
 * settings (the idle lock's minutes) an admin changes.
 */
public record SettingsModule(OrganisationSettings organisation, SessionSettings session) {

    public static SettingsModule build(SharedCore core, AccountService accounts) {
        SessionSettings session = new SessionSettings(core.settings(), accounts);
        return new SettingsModule(new OrganisationSettings(
                new BrandingRepository(core.database().dsl(), core.changeLog()), core.settings(), session,
                core.reference(), core.dataDirectory().branding(), core.useCases()), session);
    }
}
