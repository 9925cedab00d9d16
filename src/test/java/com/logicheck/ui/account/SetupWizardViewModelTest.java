package com.logicheck.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceFiles;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run wizard's steps, checks and 完成 on a fresh data folder (no toolkit needed). */
@DatabaseTest
class SetupWizardViewModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppContext c;
    RecordingNavigator navigator = new RecordingNavigator();
    SetupWizardViewModel vm;
    final Messages messages = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        c = TestContexts.open(MigratedTemplate.into(dir));
        vm = new SetupWizardViewModel(c.accounts().setup(), c.accounts().demo(), new ReferenceFiles(messages),
                c.inspection().lists(),
                messages, TaskExecutor.synchronous(), navigator);
    }

    @AfterEach
    void close() {
        c.close();
    }

    private void fillFirstTwoSteps() {
        vm.organisationProperty().set("  神木县医院 ");
        assertThat(vm.next()).isTrue();
        vm.adminNameProperty().set("王主任");
        vm.adminLoginProperty().set("wang");
        vm.passwordProperty().set("hq-2026-admin");
        vm.repeatedProperty().set("hq-2026-admin");
        assertThat(vm.next()).isTrue();
    }

    @Test
    void eachStepIsCheckedBeforeTheNextAndBackKeepsWhatWasTyped() {
        assertThat(vm.next()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("请填写单位名称。");
        vm.organisationProperty().set("神木县医院");
        assertThat(vm.next()).isTrue();
        vm.adminNameProperty().set("王主任");
        vm.adminLoginProperty().set("wang");
        vm.passwordProperty().set("hq-2026-admin");
        vm.repeatedProperty().set("hq-2026-admiN");
        assertThat(vm.next()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("两次输入的密码不一致。");
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupWizardViewModel.ORGANISATION);
        assertThat(vm.organisationProperty().get()).isEqualTo("神木县医院");
        assertThat(vm.next()).isTrue();
        assertThat(vm.passwordProperty().get()).as("kept when going back and forth").isEqualTo("hq-2026-admin");

        vm.repeatedProperty().set("hq-2026-admin");
        assertThat(vm.next()).isTrue();
        vm.places().get(0).building.set("门诊楼");
        assertThat(vm.next()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("第 1 行：请填写院区（第一列）。");
        vm.places().get(0).site.set("东院区");
        assertThat(vm.next()).isTrue();
        vm.providers().get(0).name.set("康洁物业服务有限公司");
        vm.providers().get(0).lines.set("扫地");
        assertThat(vm.next()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("第 1 行：不认识的服务类别“扫地”");
        assertThat(c.core().reference().organisation()).as("nothing written before 完成").isEmpty();
    }

    @Test
    void finishWritesEverythingLogsTheAdminInAndOpensHome() {
        fillFirstTwoSteps();
        vm.places().get(0).site.set("东院区");
        vm.places().get(0).area.set("门诊大厅");
        assertThat(vm.next()).isTrue();
        vm.providers().get(0).name.set("康洁物业服务有限公司");
        vm.providers().get(0).lines.set("绿化保洁");
        assertThat(vm.next()).isTrue();
        vm.templates().stream().filter(t -> t.code().equals("school-safety-check")).findFirst().orElseThrow()
                .enabled().set(false);
        assertThat(vm.next()).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupWizardViewModel.FINISH);
        assertThat(vm.summaryProperty().get()).contains("单位：神木县医院", "管理员：王主任（登录名 wang）", "地点：1 行",
                "服务企业：1 家", "考核表：启用 8 / 9 张");

        vm.finish();

        assertThat(navigator.last()).isEqualTo("home");
        assertThat(vm.passwordProperty().get()).as("not kept in memory").isEmpty();
        assertThat(c.core().currentUser().loggedIn()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("王主任"));
        assertThat(c.core().reference().places()).extracting(p -> p.path()).containsExactly("东院区", "东院区 / 门诊大厅");
        assertThat(c.core().templates().latest()).hasSize(8);
        assertThat(c.inspection().inspections().recent(1)).as("no demo data unless chosen").isEmpty();
    }

    @Test
    void importedRowsFollowTheTypedOnesAndABadFileAddsNone() throws Exception {
        fillFirstTwoSteps();
        vm.places().get(0).site.set("北院区");
        var written = new ReferenceFiles(messages).writeExamples(files);
        vm.importPlaces(written.get(0));
        assertThat(vm.places()).hasSize(6);
        assertThat(vm.places().get(0).site.get()).isEqualTo("北院区");
        assertThat(vm.messageProperty().get()).isEqualTo("已从“地点示例.xlsx”导入 5 行。");

        Path bad = Files.writeString(files.resolve("坏.csv"), "院区,楼栋,楼层,区域\n东院区,,,\n,门诊楼,,\n");
        vm.importPlaces(bad);
        assertThat(vm.places()).hasSize(6);
        assertThat(vm.messageProperty().get()).isEqualTo("“坏.csv”未导入（文件中有错误，一行也没有导入）：\n第 3 行：请填写院区（第一列）。");

        vm.importProviders(written.get(3));
        assertThat(vm.providers()).hasSize(4);
        assertThat(vm.providers().get(3).lines.get()).isEqualTo("基础管理、客服及监督");
    }

    @Test
    void demoDataFillsAMonthAfterTheSetup() {
        fillFirstTwoSteps();
        vm.next();
        vm.next();
        vm.next();
        vm.demoDataProperty().set(true);
        vm.finish();
        assertThat(navigator.last()).isEqualTo("home");
        assertThat(c.inspection().inspections().recent(5)).isNotEmpty();
        assertThat(c.core().reference().organisation().orElseThrow().name()).isEqualTo("神木县医院");
        assertThat(c.accounts().service().accounts()).filteredOn(a -> a.login() != null).hasSize(1);
    }
}
