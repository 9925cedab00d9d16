package com.logicheck.app.modules;

import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.service.AccountService;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.LoginThrottle;
import com.logicheck.service.OrganisationSetup;

/**
 * 账号: log-in, passwords and roles (ADR 0013), the first-run wizard's writes (首次设置, ADR 0014) and the demo month
 * the wizard (and the CLI {@code demo}) can fill in.
 */
public record AccountsModule(AccountService service, OrganisationSetup setup, DemoMonth demo) {

    /** The demo month writes through the inspection, rectification and plan features, so it is built from them. */
    public static AccountsModule build(SharedCore core, InspectionModule inspection,
                                       RectificationModule rectification, PlansModule plans) {
        var dsl = core.database().dsl();
        AccountService service = new AccountService(new AccountRepository(dsl, core.changeLog()), core.passwords(),
                new LoginThrottle(core.clock()), core.currentUser(), core.useCases());
        OrganisationSetup setup = new OrganisationSetup(new SetupRepository(dsl, core.clock(), core.changeLog()),
                core.passwords(), core.currentUser(), core.dataDirectory().branding());
        DemoMonth demo = new DemoMonth(core.reference(), core.templates(), inspection.inspections(),
                inspection.service(), core.photos(), core.schemes(), rectification.service(), core.clock(),
                rectification.repositoryAt(), plans.service());
        return new AccountsModule(service, setup, demo);
    }
}
