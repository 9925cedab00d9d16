package com.logicheck.app.modules;

import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.service.AccountService;
import com.logicheck.service.DemoClock;
import com.logicheck.service.DemoLogins;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.LoginThrottle;
import com.logicheck.service.OrganisationSetup;
import com.logicheck.service.PasswordHasher;
import java.util.function.Supplier;

/**
 * 账号: log-in, passwords and roles (ADR 0013), the first-run wizard's writes (首次设置, ADR 0014) and the demo month
 * the wizard (and the CLI {@code demo}) can fill in.
 */
public record AccountsModule(AccountService service, OrganisationSetup setup, Supplier<DemoMonth> demoMonth) {

    /** The demo month, wired when asked for (the CLI {@code demo}, the wizard's 填入演示数据), never at start-up. */
    public DemoMonth demo() {
        return demoMonth.get();
    }

    public static AccountsModule build(SharedCore core, PlansModule plans) {
        var dsl = core.database().dsl();
        AccountService service = new AccountService(new AccountRepository(dsl, core.changeLog()), core.passwords(),
                new LoginThrottle(core.clock()), core.currentUser(), core.useCases());
        OrganisationSetup setup = new OrganisationSetup(new SetupRepository(dsl, core.clock(), core.changeLog()),
                core.passwords(), core.currentUser(), core.dataDirectory().branding());
        return new AccountsModule(service, setup, () -> demoMonth(core, plans));
    }

    /**
     * The demo month writes through the inspection, rectification, assessment and plan features, each built again on
     * the demo's own clock so that every step carries its past moment; its log-ins go through the account service
     * (hashing the published demo passwords with few iterations; the first log-in rehashes them).
     */
    private static DemoMonth demoMonth(SharedCore core, PlansModule plans) {
        var dsl = core.database().dsl();
        DemoClock clock = new DemoClock(core.clock());
        SharedCore past = core.withClock(clock);
        InspectionModule sheets = InspectionModule.build(past);
        RectificationModule orders = RectificationModule.build(past);
        AccountService demoAccounts = new AccountService(new AccountRepository(dsl, past.changeLog()),
                new PasswordHasher(DemoLogins.ITERATIONS), new LoginThrottle(core.clock()), core.currentUser(),
                core.useCases());
        return new DemoMonth(new DemoMonth.Parts(past.reference(), past.templates(), sheets.inspections(),
                sheets.service(), past.photos(), sheets.signing(), past.schemes(), orders.service(),
                orders.repositoryAt(), plans.service(), demoAccounts, AssessmentModule.build(past).entries(), clock));
    }
}
