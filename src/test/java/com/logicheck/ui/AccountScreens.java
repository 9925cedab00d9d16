package com.logicheck.ui;

import com.logicheck.app.ScreenParts;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.service.AccountService.NewAccount;
import java.time.Clock;

/** The accounts side of a {@link UiFixture}: an admin and an inspector with passwords. */
public final class AccountScreens {
    public static final String ADMIN_PASSWORD = "hq-2026-admin";
    public static final String INSPECTOR_PASSWORD = "zw-password";

    private AccountScreens() {
    }

    public static Person admin(UiFixture fx) {
        return fx.context.accounts().service().create(null, new NewAccount("王主任", "wang", ADMIN_PASSWORD.toCharArray(), Role.ADMIN));
    }

    /** An inspector the admin created, who has since chosen their own password (the first log-in's forced change). */
    public static Person inspector(UiFixture fx, Person admin) {
        Person p = fx.context.accounts().service().create(admin.id(), new NewAccount("张伟", "zhangwei",
                "given-by-admin".toCharArray(), Role.INSPECTOR));
        char[] own = INSPECTOR_PASSWORD.toCharArray();
        fx.context.accounts().service().changePassword(p.id(), "given-by-admin".toCharArray(), own, own);
        return p;
    }

    public static AccountServices services(UiFixture fx, Clock clock) {
        return ScreenParts.accounts(fx.context, clock);
    }
}
