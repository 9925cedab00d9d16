package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.persistence.SettingsRepository;
import java.time.Duration;
import java.util.UUID;

/** Settings of the log-in session that a 管理员 changes: the idle time before the window locks (空闲锁定). */
public final class SessionSettings {
    public static final String IDLE_MINUTES = "lock.idleMinutes";
    public static final int DEFAULT_IDLE_MINUTES = 10;
    public static final int MAX_IDLE_MINUTES = 240;
    private final SettingsRepository settings;
    private final AccountService accounts;

    public SessionSettings(SettingsRepository settings, AccountService accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    /** Minutes without input before the lock; 0 means never. */
    public int idleMinutes() {
        return settings.get(IDLE_MINUTES).map(v -> {
            try {
                int n = Integer.parseInt(v.strip());
                return n < 0 || n > MAX_IDLE_MINUTES ? DEFAULT_IDLE_MINUTES : n;
            } catch (NumberFormatException e) {
                return DEFAULT_IDLE_MINUTES;
            }
        }).orElse(DEFAULT_IDLE_MINUTES);
    }

    public Duration idleLimit() {
        return Duration.ofMinutes(idleMinutes());
    }

    public void setIdleMinutes(UUID actorId, int minutes) {
        boolean admin = accounts.account(actorId)
                .filter(a -> a.active() && AccessPolicy.allows(a.role(), Permission.EDIT_ORGANISATION)).isPresent();
        if (!admin) {
            throw new DomainException(Problem.of("problem.account.notAdmin",
                    accounts.account(actorId).map(a -> a.name()).orElse(String.valueOf(actorId))));
        }
        if (minutes < 0 || minutes > MAX_IDLE_MINUTES) {
            throw new DomainException(Problem.of("problem.account.idleMinutes", MAX_IDLE_MINUTES));
        }
        settings.put(IDLE_MINUTES, Integer.toString(minutes));
    }
}
