package com.logicheck.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.AccountScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 用户管理 as a 管理员 sees it, and what it refuses. */
@DatabaseTest
class UsersViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Person admin;
    UsersViewModel vm;

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        vm = new UsersViewModel(fx.context.accounts().service(), fx.context.settings().session(), fx.messages,
                TaskExecutor.synchronous(), new RecordingNavigator(), admin.id());
        vm.refresh();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    UsersViewModel.Row row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsPeopleWithTheirLoginAndAddsAnAccount() {
        assertThat(vm.rows()).extracting(UsersViewModel.Row::name, UsersViewModel.Row::login, UsersViewModel.Row::role)
                .containsExactlyInAnyOrder(Tuple.tuple("王主任", "wang", "管理员"),
                        Tuple.tuple("检查员", "（无登录账号）", "检查人"));
        vm.newNameProperty().set("刘洋");
        vm.newLoginProperty().set("liuyang");
        vm.newRoleProperty().set(Role.SUPERVISOR);
        vm.newPasswordProperty().set("ly-password");
        vm.newRepeatedProperty().set("ly-passwort");
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo("两次输入的密码不一致。");
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.newPasswordProperty().get()).as("passwords cleared after every try").isEmpty();
        vm.newPasswordProperty().set("ly-password");
        vm.newRepeatedProperty().set("ly-password");
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo("已添加“刘洋”。本人下次登录时须先改成自己的密码。");
        assertThat(row("刘洋").role()).isEqualTo("主管");
        assertThat(vm.newNameProperty().get()).isEmpty();
    }

    @Test
    void aPersonWithoutLoginGetsOneAndAnAccountIsDeactivatedAndBack() {
        vm.selectedProperty().set(row("检查员"));
        assertThat(vm.selectedHasNoLogin()).isTrue();
        vm.grantLoginProperty().set("jianchayuan");
        vm.resetPasswordProperty().set("jcy-password");
        vm.resetRepeatedProperty().set("jcy-password");
        vm.resetOrGrant();
        assertThat(vm.messageProperty().get()).isEqualTo("已为“检查员”开通登录。本人下次登录时须先改成自己的密码。");
        assertThat(row("检查员").login()).isEqualTo("jianchayuan");

        vm.selectedProperty().set(row("检查员"));
        vm.toggleActive();
        assertThat(row("检查员").state()).isEqualTo("已停用");
        vm.selectedProperty().set(row("检查员"));
        vm.toggleActive();
        assertThat(row("检查员").state()).isEqualTo("在用");
    }

    @Test
    void theLastAdminKeepsTheRoleAndTheIdleMinutesAreChecked() {
        vm.selectedProperty().set(row("王主任"));
        vm.selectedRoleProperty().set(Role.INSPECTOR);
        vm.changeRole();
        assertThat(vm.messageProperty().get()).startsWith("这是最后一个在用的管理员");
        assertThat(row("王主任").role()).isEqualTo("管理员");

        assertThat(vm.idleMinutesProperty().get()).isEqualTo("10");
        vm.idleMinutesProperty().set("十");
        vm.saveIdleMinutes();
        assertThat(vm.messageProperty().get()).startsWith("空闲锁定时间请填 0–240");
        vm.idleMinutesProperty().set("5");
        vm.saveIdleMinutes();
        assertThat(fx.context.settings().session().idleMinutes()).isEqualTo(5);
    }
}
