package com.logicheck.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Role;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.assessment.AssessmentLine.Kind;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One demo data folder for the class (filling it is the slow part); each test gets a fresh view model. */
@DatabaseTest
class AssessmentViewModelTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    static AssessmentDemo demo;
    RecordingNavigator navigator = new RecordingNavigator();
    AssessmentViewModel vm;

    @BeforeAll
    static void fill() {
        demo = new AssessmentDemo(dir, scratch);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @BeforeEach
    void open() {
        demo.actAs(Role.INSPECTOR);
        vm = new AssessmentViewModel(demo.context.assessment().service(),
                new ReferenceDirectory(demo.context.core().reference()),
                demo.context.core().currentUser(), demo.messages, TaskExecutor.synchronous(), navigator, demo.clock);
        vm.start();
        vm.providerProperty().set(demo.provider(AssessmentDemo.HOSPITAL_PROVIDER));
    }

    @Test
    void explainsTheMonthDownToTheDeductedItems() {
        assertThat(vm.providers()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(vm.monthProperty().get()).isEqualTo(AssessmentDemo.MONTH);
        assertThat(vm.months()).hasSize(AssessmentViewModel.MONTHS);
        assertThat(vm.figures().get().title()).isEqualTo("月度考核：华安后勤服务集团有限公司，2026-11");
        assertThat(vm.figures().get().scheme()).startsWith("考核办法：医院后勤服务千分考核制");
        assertThat(vm.figures().get().status()).isEqualTo("状态：未关闭，按当前数据计算");
        assertThat(vm.messageProperty().get()).isEmpty();

        List<AssessmentLine> all = vm.lines().stream().flatMap(AssessmentLine::flatten).toList();
        assertThat(vm.lines().get(0).kind()).isEqualTo(Kind.COMPONENT);
        assertThat(all).extracting(AssessmentLine::kind).contains(Kind.TEMPLATE, Kind.SHEET, Kind.DEDUCTION, Kind.TOTAL);
        assertThat(all).filteredOn(l -> l.kind() == Kind.TEMPLATE).extracting(AssessmentLine::detail)
                .anyMatch(d -> d.contains("不在合同服务范围内"))
                .anyMatch(d -> d.matches("\\d+ 张检查表平均 [0-9.]+ 分，本表满分 [0-9.]+ 分（占 20%.*）"));
        assertThat(all).filteredOn(l -> l.kind() == Kind.DEDUCTION)
                .allSatisfy(l -> {
                    assertThat(l.label()).startsWith("第 ");
                    assertThat(l.points()).startsWith("−");
                });

        // the rows add up to the total shown (ADR 0008: the total is the sum of the shown component points)
        AssessmentLine component = vm.lines().get(0);
        BigDecimal templates = component.children().stream().filter(l -> l.points().matches("[0-9.]+"))
                .map(l -> new BigDecimal(l.points())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(templates).isEqualByComparingTo(component.points());
        AssessmentLine total = vm.lines().get(vm.lines().size() - 1);
        assertThat(total.kind()).isEqualTo(Kind.TOTAL);
        assertThat(total.points()).isEqualTo(vm.figures().get().total());
        assertThat(new BigDecimal(vm.figures().get().total())).isBetween(BigDecimal.ZERO, new BigDecimal("1000"));
        assertThat(vm.figures().get().grade()).isIn("优秀", "良好", "中等", "不及格");

        assertThat(vm.figures().get().veto()).startsWith("一票否决：否");
        assertThat(vm.figures().get().money()).containsAnyOf("处罚：", "奖励：", "不奖不罚");
        assertThat(vm.figures().get().failures()).contains("连续不合格").doesNotContain("本月不合格");
        assertThat(vm.figures().get().inspections()).startsWith("检查频次：本月全面检查");
        assertThat(vm.bars()).isNotEmpty().allSatisfy(b ->
                assertThat(b.value()).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Test
    void warnsWhenRequiredInspectionsAreMissing() {
        assertThat(vm.figures().get().warnings()).isEmpty();
        vm.monthProperty().set(AssessmentDemo.MONTH.plusMonths(1));
        assertThat(vm.figures().get().warnings()).as(vm.messageProperty().get())
                .contains("本月没有可计分的检查表", "提醒：本月全面检查 0 次，少于每月至少 1 次的要求。");
        assertThat(vm.figures().get().total()).isEqualTo("—");
        assertThat(vm.figures().get().grade()).isEqualTo("未定");
        assertThat(vm.figures().get().canClose()).isFalse();
    }

    @Test
    void onlyASupervisorClosesAndReopensWithAReason() {
        assertThat(vm.figures().get().canClose()).as("an inspector is not offered 关闭本月").isFalse();
        assertThat(vm.supervises()).isFalse();
        vm.closeMonth();
        assertThat(vm.messageProperty().get()).isEqualTo("张伟不是主管，不能关闭或重新打开月度考核。");
        assertThat(vm.figures().get().closed()).isFalse();

        demo.actAs(Role.SUPERVISOR);
        vm.refresh();
        assertThat(vm.figures().get().canClose()).isTrue();
        String live = vm.figures().get().total();
        assertThat(vm.closingEarly()).as("2026-11 on 21 November").isTrue();
        assertThat(vm.closeQuestion()).contains("还没有结束（今天是 2026-11-21）", "提前关闭", "原因");
        vm.closeMonth();
        assertThat(vm.messageProperty().get()).isEqualTo("2026-11 还没有结束（今天是 2026-11-21），不能关闭；"
                + "如确需提前关闭，请选择“提前关闭”并写明原因（命令行：--force --reason）。");
        assertThat(vm.figures().get().closed()).isFalse();
        vm.closeMonth(true, "  ");
        assertThat(vm.messageProperty().get()).isEqualTo("提前关闭 2026-11 必须写明原因。");
        assertThat(vm.figures().get().closed()).isFalse();
        vm.closeMonth(true, "院方要求 11 月 21 日出具本月结果");
        assertThat(vm.figures().get().closed()).isTrue();
        assertThat(vm.figures().get().canClose()).isFalse();
        assertThat(vm.figures().get().status()).startsWith("状态：已关闭（刘洋，");
        assertThat(vm.messageProperty().get()).isEqualTo("2026-11 的月度考核已关闭，结果已冻结。");
        assertThat(vm.figures().get().total()).isEqualTo(live);

        vm.reopenReasonProperty().set("  ");
        vm.reopenMonth();
        assertThat(vm.messageProperty().get()).isEqualTo("重新打开已关闭的月度考核必须写明原因。");
        assertThat(vm.figures().get().closed()).isTrue();

        vm.reopenReasonProperty().set("院方确认 11 月 3 日停电，保洁扣分申请不予扣分");
        vm.reopenMonth();
        assertThat(vm.figures().get().closed()).isFalse();
        assertThat(vm.reopenReasonProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("2026-11 的月度考核已重新打开，按当前数据重新计算。");
        assertThat(demo.context.assessment().service().closings(demo.provider(AssessmentDemo.HOSPITAL_PROVIDER).id(),
                AssessmentDemo.MONTH)).singleElement().satisfies(c -> assertThat(c.reopenReason()).contains("停电"));
    }

    @Test
    void aProviderWithoutAContractSaysSoAndShowsNothing() {
        var ref = demo.context.core().reference();
        vm.providerProperty().set(ref.addProvider(ref.organisation().orElseThrow().id(), "新签约保洁公司", "新签约"));
        assertThat(vm.messageProperty().get()).isEqualTo("新签约保洁公司在 2026-11 没有有效的合同。");
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.figures().get().total()).isEqualTo("—");
        assertThat(vm.figures().get().canClose()).isFalse();
    }

    @Test
    void homeGoesHome() {
        vm.home();
        assertThat(navigator.last()).isEqualTo("home");
    }
}
