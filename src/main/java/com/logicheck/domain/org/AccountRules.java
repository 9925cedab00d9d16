package com.logicheck.domain.org;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.util.Optional;

/**
 * 账号规则: what keeps a data folder manageable and its logins unambiguous. Pure: {@code AccountService} reads the
 * facts (the account locked, whether another administrator remains, who holds a login) in its unit of work, asks
 * here, and only then has the repository write (ADR 0032). Who may manage accounts at all is the permission policy's.
 */
public final class AccountRules {
    private AccountRules() {
    }

    /** The very first account of a data folder (nobody can log in yet, so nobody could be asked) must be a 管理员. */
    public static void requireFirstIsAdmin(boolean first, Role role) {
        if (first && role != Role.ADMIN) {
            throw new DomainException(Problem.of("problem.account.firstMustBeAdmin"));
        }
    }

    /** A login belongs to one person: refused, naming who has it, when {@code holder} is someone else. */
    public static void requireFreeLogin(String login, Optional<String> holder) {
        if (holder.isPresent()) {
            throw new DomainException(Problem.of("problem.account.loginTaken", login, holder.get()));
        }
    }

    /** A login is granted only to a person without one who is not a provider's contact. */
    public static void requireGrantable(String name, String login, Role role) {
        if (login != null) {
            throw new DomainException(Problem.of("problem.account.hasLogin", name));
        }
        if (role == Role.PROVIDER_CONTACT) {
            throw new DomainException(Problem.of("problem.account.providerContact", name));
        }
    }

    /**
     * Whether changing the role from {@code from} to {@code to} changes anything; refused when it would demote the
     * last active 管理员 who can log in ({@code anotherAdmin}: another such 管理员 exists).
     */
    public static boolean roleChanges(Role from, boolean active, Role to, boolean anotherAdmin) {
        if (to == Role.PROVIDER_CONTACT) {
            throw new DomainException(Problem.of("problem.account.providerContact", ""));
        }
        if (from == to) {
            return false;
        }
        if (from == Role.ADMIN && active) {
            requireAnotherAdmin(anotherAdmin);
        }
        return true;
    }

    /**
     * Whether 停用/启用 changes anything; nobody deactivates themself, nor the last active 管理员 who can log in.
     */
    public static boolean activeChanges(boolean self, Role role, boolean active, boolean to, boolean anotherAdmin) {
        if (active == to) {
            return false;
        }
        if (!to && self) {
            throw new DomainException(Problem.of("problem.account.deactivateSelf"));
        }
        if (!to && role == Role.ADMIN) {
            requireAnotherAdmin(anotherAdmin);
        }
        return true;
    }

    private static void requireAnotherAdmin(boolean anotherAdmin) {
        if (!anotherAdmin) {
            throw new DomainException(Problem.of("problem.account.lastAdmin"));
        }
    }
}
