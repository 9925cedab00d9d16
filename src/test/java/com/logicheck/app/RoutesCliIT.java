package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.plan.Route;
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

/** {@code logicheck routes list|add|set|end} on a real data folder: supervisors change, bad input changes nothing. */
@DatabaseTest
class RoutesCliIT {
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

    List<Route> stored() {
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            return c.plans().routes().all();
        }
    }

    @Test
    void aSupervisorAddsChangesAndEndsARouteAndBadInputChangesNothing() {
        assertThat(run("routes", "list", "--day", "2025-10-01").out()).contains("2025-10-01 没有巡检路线");
        CliRun overlap = run("routes", "add", "--name", "东院日巡", "--person", inspector, "--from", "2025-10-01",
                "--point", "心内科病区@08:00-10:00,09:00-11:00", "--as", supervisor);
        assertThat(overlap.exit()).isEqualTo(2);
        assertThat(overlap.err()).contains("第 1 个巡检点的时段 08:00–10:00 与 09:00–11:00 重叠");
        CliRun backwards = run("routes", "add", "--name", "东院日巡", "--person", inspector,
                "--point", "心内科病区@22:00-02:00", "--as", supervisor);
        assertThat(backwards.err()).contains("第 1 个巡检点的时段 22:00–02:00 结束不晚于开始");
        CliRun empty = run("routes", "add", "--name", "东院日巡", "--person", inspector, "--as", supervisor);
        assertThat(empty.err()).contains("路线至少要有一个巡检点");
        CliRun unread = run("routes", "add", "--name", "东院日巡", "--person", inspector, "--point", "心内科病区 8点",
                "--as", supervisor);
        assertThat(unread.err()).contains("请写成 地点@08:00-10:00");
        CliRun byInspector = run("routes", "add", "--name", "东院日巡", "--person", inspector,
                "--point", "心内科病区@08:00-10:00", "--as", inspector);
        assertThat(byInspector.err()).contains("不是主管，不能修改巡检路线");
        assertThat(stored()).isEmpty();

        CliRun added = run("routes", "add", "--name", "东院日巡", "--person", inspector, "--provider", "华安后勤",
                "--from", "2025-10-01", "--point", "心内科病区@08:00-10:00,14:00-16:00", "--point", "东院区@07:00-08:00",
                "--as", supervisor);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("已新建巡检路线").contains("东院日巡").contains(inspector).contains("华安后勤")
                .contains("1. 东院区 / 心内科病区  08:00–10:00、14:00–16:00").contains("2. 东院区  07:00–08:00");
        Route r = stored().get(0);
        String id = r.id().toString().substring(0, 8);

        CliRun badEnd = run("routes", "end", id, "--on", "2025-09-30", "--as", supervisor);
        assertThat(badEnd.err()).contains("路线结束日期 2025-09-30 不能早于开始日期 2025-10-01");
        CliRun badSet = run("routes", "set", id, "--point", "东院区@10:00-09:00", "--as", supervisor);
        assertThat(badSet.exit()).isEqualTo(2);
        assertThat(stored()).containsExactly(r);

        CliRun changed = run("routes", "set", id, "--name", "东院早巡", "--point", "东院区@07:00-08:00", "--as", supervisor);
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("东院早巡").contains("1. 东院区  07:00–08:00").doesNotContain("心内科病区");

        CliRun ended = run("routes", "end", id, "--on", "2025-10-31", "--as", supervisor);
        assertThat(ended.exit()).as(ended.err()).isZero();
        assertThat(ended.out()).contains("统计到 2025-10-31 为止").contains("2025-10-01 至 2025-10-31");
        assertThat(stored().get(0).validUntil()).isEqualTo(LocalDate.of(2025, 10, 31));

        // a past day, whatever today is: nobody checked in, the one window was missed
        CliRun day = run("routes", "list", "--day", "2025-10-15");
        assertThat(day.out()).contains(id).contains("2025-10-15  1. 东院区  07:00–08:00  漏检")
                .contains("按时 0，迟到 0，漏检 1，未到时间 0；有效巡检率 0.0%");
        CliRun week = run("routes", "list", "--week", "2025-10-29", "--lang", "en");
        assertThat(week.out()).contains("2025-10-27 – 2025-11-02").contains("on time 0, late 0, missed 5")
                .contains("effective rate 0.0%");
        assertThat(run("routes", "list", "--day", "2025-11-01").out()).contains("2025-11-01 没有巡检路线");
    }
}
