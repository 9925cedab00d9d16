package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logicheck plans list|add|set|end} on a real data folder: supervisors change, bad input changes nothing. */
@DatabaseTest
class PlansCliIT {
    @TempDir
    Path dir;
    String inspector;
    String supervisor;

    @BeforeEach
    void world() {
        AssessmentWorld w = new AssessmentWorld(dir);
        inspector = w.inspector.name();
        supervisor = w.supervisor.name();
        w.c.close();
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return CliRun.of(Map.of(), all);
    }

    List<InspectionPlan> stored() {
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            return c.plans().service().all();
        }
    }

    @Test
    void aSupervisorAddsChangesAndEndsAPlanAndBadInputChangesNothing() {
        assertThat(run("plans", "list").out()).contains("没有层级检查计划");
        CliRun incomplete = run("plans", "add", "--person", inspector, "--as", supervisor);
        assertThat(incomplete.exit()).isEqualTo(2);
        assertThat(incomplete.err()).contains("--person（检查人）、--level（层级）和 --place（范围）");

        CliRun byInspector = run("plans", "add", "--person", inspector, "--level", "主管", "--place", "心内科病区",
                "--as", inspector);
        assertThat(byInspector.exit()).isEqualTo(2);
        assertThat(byInspector.err()).contains("不是主管，不能修改层级检查计划");
        assertThat(stored()).isEmpty();

        CliRun added = run("plans", "add", "--person", inspector, "--level", "主管", "--place", "心内科病区",
                "--provider", "华安后勤", "--from", "2025-10-01", "--as", supervisor);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("已新建层级检查计划").contains(inspector + "（主管）").contains("东院区 / 心内科病区")
                .contains("每 1 天 1 次，覆盖≥1/5且≥7个单元").contains("2025-10-01 起");
        InspectionPlan plan = stored().get(0);
        String id = plan.id().toString().substring(0, 8);

        CliRun bad = run("plans", "set", id, "--coverage", "120%", "--as", supervisor);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("覆盖比例“120%”应在 0% 到 100% 之间");
        CliRun badEvery = run("plans", "set", id, "--every", "2w", "--as", supervisor);
        assertThat(badEvery.err()).contains("周期“2w”不对");
        CliRun badEnd = run("plans", "end", id, "--on", "2025-09-30", "--as", supervisor);
        assertThat(badEnd.err()).contains("结束日期 2025-09-30 不能早于开始日期 2025-10-01");
        assertThat(stored()).containsExactly(plan);

        CliRun changed = run("plans", "set", id, "--every", "12h", "--times", "2", "--coverage", "33.3%", "--as", supervisor);
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("每 12 小时 2 次，覆盖≥33.3%且≥7个单元");

        CliRun ended = run("plans", "end", id, "--on", "2025-10-31", "--as", supervisor);
        assertThat(ended.exit()).as(ended.err()).isZero();
        assertThat(ended.out()).contains("统计到 2025-10-31 为止").contains("2025-10-01 至 2025-10-31");
        assertThat(stored().get(0).validUntil()).isEqualTo(LocalDate.of(2025, 10, 31));

        // October 2025 (a past month, whatever today is): 31 days of two 12-hour shifts, two inspections each
        CliRun october = run("plans", "list", "--month", "2025-10");
        assertThat(october.out()).contains(id).contains("2025-10：应检 124，已检 0，漏检 124");
        assertThat(run("plans", "list", "--month", "2025-11").out()).contains("2025-11 没有层级检查计划");
        assertThat(run("plans", "list", "--month", "2025-11", "--all").out()).contains(id);
        assertThat(run("plans", "end", "ffff", "--as", supervisor).err()).contains("找不到编号为“ffff”的层级检查计划");
    }
}
