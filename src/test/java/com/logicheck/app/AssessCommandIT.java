package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logicheck assess}: the month explained on the command line, in Chinese by default and in English. */
@DatabaseTest
class AssessCommandIT {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theHospitalMonthIsExplainedDownToTheItems() {
        AssessmentWorld w = new AssessmentWorld(dir);
        w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "hospital-maintenance",
                Map.of("1.1", AssessmentWorld.q("3", "0"), "1.4", AssessmentWorld.q("2")));
        w.c.close();

        CliRun r = run("assess", "--data-dir", dir.toString(), "--provider", "华安", "--month", "2026-11");
        assertThat(r.exit()).as(r.err()).isZero();
        // 工程维修 95 → 190; four others 200 → 990.00 → (990 − 950) × 50 = 2000, 60% = 1200
        assertThat(r.out()).contains(
                "月度考核：华安后勤服务集团有限公司，2026-11",
                "考核办法：医院后勤服务千分考核制（hospital-1000 第 1 版），总分 1000 分",
                "后勤公司工程维修管理考核表：1 张，平均 95.00 分 × 20% ÷ 100% × 1000 ÷ 100 = 190.00 分",
                "第 1.1 项 设备设施管理台账与维护保养计划：扣 3.00 分 现场检查发现问题",
                "合计：990.00 − 投诉 0.00 = 990.00 分（满分 1000），等级：优秀",
                "奖励：高于 950 分 40.00 分 × 50 元/分 = 2000.00 元",
                "其中 60% 即 1200.00 元须由服务企业直接落实到具体服务执行部门",
                "检查频次：本月全面检查 1 次（要求至少 1 次）；本季度至今抽查 0 次（要求每季度至少 2 次）",
                "本月 2 项扣分须下达书面整改通知（整改通知单）");

        CliRun en = run("assess", "--data-dir", dir.toString(), "--provider", "华安后勤", "--month", "2026-11", "--lang", "en");
        assertThat(en.out()).contains("Total: 990.00 − complaints 0.00 = 990.00 of 1000, grade: 优秀",
                "Reward: 40.00 points above 950 × 50 yuan = 2000.00 yuan",
                "of which 60%, 1200.00 yuan, must be passed on to the department that did the work");
    }

    @Test
    void demoDataIsAssessedUnderTheHospitalScheme() {
        CliRun demo = run("demo", "--data-dir", dir.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        CliRun r = run("assess", "--data-dir", dir.toString(), "--provider", "华安后勤", "--month",
                YearMonth.now(Clocks.system()).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("考核办法：医院后勤服务千分考核制", "后勤公司工程维修管理考核表：不在合同服务范围内，不计分");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        new AssessmentWorld(dir).c.close();
        CliRun month = run("assess", "--data-dir", dir.toString(), "--provider", "华安", "--month", "2026/11");
        assertThat(month.exit()).isEqualTo(2);
        assertThat(month.err()).contains("月份“2026/11”格式不对，应写成 2026-11 这样。");
        CliRun provider = run("assess", "--data-dir", dir.toString(), "--provider", "不存在", "--month", "2026-11");
        assertThat(provider.err()).contains("找不到名称含“不存在”的服务企业。");
        CliRun ambiguous = run("assess", "--data-dir", dir.toString(), "--provider", "有限公司", "--month", "2026-11");
        assertThat(ambiguous.err()).contains("名称含“有限公司”的服务企业不止一个");
    }
}
