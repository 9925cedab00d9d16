package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logicheck user …} and the password that acting commands need once accounts exist. */
@DatabaseTest
class UserCliIT {
    @TempDir
    Path dir;

    CliRun run(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = args[0];
        System.arraycopy(args, 1, all, 1, args.length - 1);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return CliRun.of(env, all);
    }

    static Map<String, String> env(String password, String newPassword) {
        HashMap<String, String> m = new HashMap<>();
        if (password != null) {
            m.put(CliLogin.PASSWORD_ENV, password);
        }
        if (newPassword != null) {
            m.put(UserCommand.NEW_PASSWORD_ENV, newPassword);
        }
        return m;
    }

    @Test
    void aScriptedSetupAddsTheFirstAdminFreelyAndThenNeedsTheAdminPassword() {
        CliRun noOrg = run(env(null, "hq-2026-admin"), "user", "add", "--name", "王主任", "--login", "wang", "--role", "admin");
        assertThat(noOrg.exit()).isEqualTo(2);
        assertThat(noOrg.err()).contains("--organisation");

        CliRun first = run(env(null, "hq-2026-admin"), "user", "add", "--name", "王主任", "--login", "wang", "--role", "管理员",
                "--organisation", "神木县医院");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("王主任").contains("wang").contains("管理员");

        CliRun noPassword = run(env(null, "zw-password"), "user", "add", "--name", "张伟", "--login", "zhangwei",
                "--role", "inspector", "--as", "wang");
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains(CliLogin.PASSWORD_ENV);

        CliRun wrong = run(env("not-the-password", "zw-password"), "user", "add", "--name", "张伟", "--login", "zhangwei",
                "--role", "inspector", "--as", "wang");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("登录名或密码不正确");

        CliRun ok = run(env("hq-2026-admin", "zw-password"), "user", "add", "--name", "张伟", "--login", "zhangwei",
                "--role", "inspector", "--as", "wang");
        assertThat(ok.exit()).as(ok.err()).isZero();

        CliRun list = run(env(null, null), "user", "list");
        assertThat(list.out()).contains("张伟\tzhangwei\t检查人\t在用").contains("王主任\twang\t管理员\t在用");
    }

    @Test
    void anInspectorCannotManageAccountsAndAPersonWithoutLoginCannotAct() {
        run(env(null, "hq-2026-admin"), "user", "add", "--name", "王主任", "--login", "wang", "--role", "admin",
                "--organisation", "神木县医院");
        run(env("hq-2026-admin", "zw-password"), "user", "add", "--name", "张伟", "--login", "zhangwei", "--role",
                "inspector", "--as", "wang");
        // the admin gave zhangwei his first password: he must choose his own before anything else (ADR 0025)
        CliRun temporary = run(env("zw-password", null), "user", "role", "zhangwei", "admin", "--as", "zhangwei");
        assertThat(temporary.exit()).isEqualTo(2);
        assertThat(temporary.err()).contains("张伟 的密码是管理员设置的临时密码").contains("user passwd zhangwei --as zhangwei");
        CliRun same = run(env("zw-password", "zw-password"), "user", "passwd", "zhangwei", "--as", "zhangwei");
        assertThat(same.err()).contains("新密码不能与管理员给的临时密码相同");
        CliRun chosen = run(env("zw-password", "zw-own-2026"), "user", "passwd", "zhangwei", "--as", "zhangwei");
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        CliRun promote = run(env("zw-own-2026", null), "user", "role", "zhangwei", "admin", "--as", "zhangwei");
        assertThat(promote.exit()).isEqualTo(2);
        assertThat(promote.err()).contains("只有管理员可以管理账号");

        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir))) {
            c.core().reference().addPerson(c.core().reference().organisation().orElseThrow().id(), "李娜", Role.SUPERVISOR, null);
        }
        CliRun claimed = run(env("anything", null), "user", "role", "zhangwei", "supervisor", "--as", "李娜");
        assertThat(claimed.exit()).isEqualTo(2);
        assertThat(claimed.err()).contains("“李娜”没有登录账号");

        CliRun lastAdmin = run(env("hq-2026-admin", null), "user", "role", "wang", "inspector", "--as", "wang");
        assertThat(lastAdmin.exit()).isEqualTo(2);
        assertThat(lastAdmin.err()).contains("最后一个在用的管理员");

        CliRun list = run(env(null, null), "user", "list");
        assertThat(list.out()).contains("张伟\tzhangwei\t检查人").contains("王主任\twang\t管理员").contains("李娜\t-\t主管");

        CliRun own = run(env("zw-own-2026", "zw-password-2"), "user", "passwd", "zhangwei", "--as", "zhangwei");
        assertThat(own.exit()).as(own.err()).isZero();
        CliRun sign = run(env("zw-own-2026", null), "revise", "abcd1234", "--reason", "扣分记错了项目");
        assertThat(sign.exit()).isEqualTo(2);
        assertThat(sign.err()).as("acting as the last user (zhangwei) with the old password").contains("登录名或密码不正确");
    }

    @Test
    void aFolderWithoutAccountsAsksForNothing() {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir))) {
            var org = c.core().reference().createOrganisation("示例县人民医院");
            c.core().reference().addPerson(org.id(), "刘洋", Role.SUPERVISOR, null);
        }
        CliRun list = run(env(null, null), "user", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("刘洋\t-\t主管");
    }
}
