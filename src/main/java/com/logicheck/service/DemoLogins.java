package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.ReferenceRepository;
import java.util.List;

/**
 * 演示账号: log-ins for a 管理员 (a new person, the folder's first account), the demo's 主管 and its first 检查人, made
 * through the {@link AccountService} so the password rules apply; each person's password is also the password of
 * their signing key. A 服务企业联系人 has no log-in in LogiCheck (ADR 0013), so none is made for one. The passwords are
 * published (printed by {@code demo}, in the README), so the demo's {@link AccountService} hashes them with few
 * iterations; the first log-in stores a full-strength hash ({@link PasswordHasher#needsRehash}).
 */
public final class DemoLogins {
    /** Iterations for the published demo passwords (rehashed to the default at their first log-in). */
    public static final int ITERATIONS = 1_000;
    static final String ADMIN_PASSWORD = "yanshi-admin-1";
    static final String SUPERVISOR_PASSWORD = "yanshi-zhuguan-1";
    public static final String INSPECTOR_PASSWORD = "yanshi-jiancha-1";
    private final ReferenceRepository reference;
    private final AccountService accounts;

    public DemoLogins(ReferenceRepository reference, AccountService accounts) {
        this.reference = reference;
        this.accounts = accounts;
    }

    /** A demo log-in as {@code demo} prints it. */
    public record Login(String name, String login, String password, Role role) {
    }

    public List<Login> make() {
        List<Person> people = reference.people();
        Person supervisor = people.stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst().orElseThrow();
        Person inspector = people.stream().filter(p -> p.role() == Role.INSPECTOR).findFirst().orElseThrow();
        Person admin = accounts.create(null, new AccountService.NewAccount("赵敏", "admin",
                ADMIN_PASSWORD.toCharArray(), Role.ADMIN));
        give(admin, supervisor, "liuyang", SUPERVISOR_PASSWORD);
        give(admin, inspector, "zhangwei", INSPECTOR_PASSWORD);
        return List.of(new Login(admin.name(), "admin", ADMIN_PASSWORD, Role.ADMIN),
                new Login(supervisor.name(), "liuyang", SUPERVISOR_PASSWORD, Role.SUPERVISOR),
                new Login(inspector.name(), "zhangwei", INSPECTOR_PASSWORD, Role.INSPECTOR));
    }

    /** Grants a log-in with a first password, then the person sets their own, so no change is asked at log-in. */
    private void give(Person admin, Person who, String login, String password) {
        char[] first = (password + "-first").toCharArray();
        accounts.grantLogin(admin.id(), who.id(), login, first);
        accounts.changePassword(who.id(), first, password.toCharArray(), password.toCharArray());
    }
}
