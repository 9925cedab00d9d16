package com.logicheck.ui;

import com.logicheck.service.AccountService;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.OrganisationJoin;
import com.logicheck.service.OrganisationSetup;
import com.logicheck.service.SessionSettings;
import java.time.Clock;

/**
 * What the log-in, lock, user-management and first-run screens need, handed to {@link ScreenFactory} beside
 * {@link UiServices} (so the other screens do not change when these services do). {@code clock} drives the idle lock;
 * {@code join}: the wizard's 加入已有单位.
 */
public record AccountServices(AccountService accounts, OrganisationSetup setup, SessionSettings session,
                              DemoMonth demo, Clock clock, OrganisationJoin join) {
}
