package com.logicheck.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.service.OrganisationJoin.Member;
import com.logicheck.service.ReferenceFiles;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.TextCell.RowState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
        vm = new SetupWizardViewModel(c.accounts().setup(), c.sync().joining(), c.accounts().demo(),
                new ReferenceFiles(messages), c.inspection().lists(),
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

    @Test
    void eachRowShowsBesideItWhetherItIsGoodADuplicateOrRefusedAndSuccessIsNotAnError() throws Exception {
        fillFirstTwoSteps();
        vm.places().get(0).site.set("东院区");
        vm.addPlace();
        vm.places().get(1).site.set("东院区");
        vm.addPlace();
        vm.places().get(2).building.set("门诊楼");
        assertThat(vm.places()).extracting(r -> r.stateProperty().get())
                .containsExactly(RowState.OK, RowState.WARNING, RowState.ERROR);
        assertThat(vm.places().get(1).checkProperty().get()).isEqualTo("第 2 行：与第 1 行相同，只会建一次。");
        vm.places().get(1).site.set("西院区");
        assertThat(vm.places().get(1).stateProperty().get()).as("checked again as it is typed").isEqualTo(RowState.OK);

        vm.importPlaces(new ReferenceFiles(messages).writeExamples(files).get(0));
        assertThat(vm.messageGoodProperty().get()).as("an import that worked is no error").isTrue();
        vm.importPlaces(Files.writeString(files.resolve("坏.csv"), "院区,楼栋,楼层,区域\n,门诊楼,,\n"));
        assertThat(vm.messageGoodProperty().get()).isFalse();
    }

    @Test
    void aSecondLaptopJoinsFromTheSyncFolderAsAPersonOfThePackage() throws Exception {
        Path folder = files.resolve("sync");
        UUID inspector;
        try (AppContext a = TestContexts.open(MigratedTemplate.into(files.resolve("a")))) {
            var org = a.core().reference().createOrganisation("神木县医院");
            Person boss = a.core().reference().addPerson(org.id(), "王主任", Role.SUPERVISOR, null);
            inspector = a.core().reference().addPerson(org.id(), "李明", Role.INSPECTOR, null).id();
            a.sync().referenceExporter().export(folder, boss, "加入-测试-2026".toCharArray(), boss.id());
        }
        vm.startJoin();
        assertThat(vm.joiningProperty().get()).isTrue();
        vm.readFolder(files.resolve("nothing-here"));
        assertThat(vm.offerProperty().get()).isNull();
        assertThat(vm.messageGoodProperty().get()).isFalse();

        vm.readFolder(folder);
        assertThat(vm.offerTextProperty().get()).contains("单位：神木县医院", "签名人：王主任");
        assertThat(vm.signerQuestion()).contains("本机尚未信任此签名人", vm.offerProperty().get().fingerprint().substring(0, 4));
        Member li = vm.people().stream().filter(m -> m.id().equals(inspector)).findFirst().orElseThrow();
        assertThat(vm.memberText(li)).isEqualTo("李明（检查人）");
        vm.joinForm().person.set(li);
        vm.joinForm().login.set("liming");
        vm.joinForm().password.set("li-ming-2026-east");
        vm.joinForm().repeated.set("li-ming-2026-east");

        vm.joinNow(false);
        assertThat(vm.messageProperty().get()).isEqualTo("未确认签名人 王主任 的证书指纹，没有加入，本机未写入任何内容。");
        assertThat(c.accounts().setup().needed()).isTrue();
        assertThat(navigator.visits).isEmpty();

        vm.joinNow(true);
        assertThat(navigator.last()).isEqualTo("home");
        assertThat(c.core().currentUser().loggedIn()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(inspector));
        assertThat(vm.joinForm().password.get()).as("not kept in memory").isEmpty();
    }
}
