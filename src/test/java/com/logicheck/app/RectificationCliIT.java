package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.service.DemoLogins;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rectification loop scripted on the command line over a demo data folder. */
@DatabaseTest
class RectificationCliIT {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoOrdersAreListedAndAnOrderIsFollowedToItsClosingAndBadInputIsRefused() {
        String d = dir.toString();
        CliRun demo = run("demo", "--data-dir", d);
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("整改通知单").contains("重复问题 1");

        CliRun overdue = run("orders", "--overdue", "--data-dir", d);
        assertThat(overdue.exit()).as(overdue.err()).isZero();
        assertThat(overdue.out()).contains("逾期").contains("待整改 ");
        CliRun repeated = run("orders", "--repeated", "--data-dir", d);
        assertThat(repeated.out()).contains("重复问题").contains("主管");
        CliRun engineering = run("orders", "--provider", "恒通", "--line", "工程维修", "--data-dir", d);
        assertThat(engineering.exit()).as(engineering.err()).isZero();
        assertThat(engineering.out()).contains("恒通机电").doesNotContain("康洁物业");

        String id;
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            id = c.rectification().desk().desk().list(RectificationDesk.Filter.all()
                    .withStatuses(Set.of(RectificationStatus.OPEN)), LocalDate.now(c.clock()), 1).get(0).id()
                    .toString().substring(0, 8);
        }
        assertThat(run("report-fixed", id, "--note", "已整改", "--as", "恒通机电项目经理", "--data-dir", d).out())
                .contains(id, "已报整改");
        String later = LocalDate.now(Clocks.system()).plusDays(3).toString();
        assertThat(run("reinspect", id, "--verdict", "failed", "--new-deadline", later, "--note", "未达标", "--data-dir", d)
                .out()).contains(id, "待整改", later);
        CliRun noDeadline = run("reinspect", id, "--verdict", "failed", "--data-dir", d);
        assertThat(noDeadline.exit()).isEqualTo(2);
        assertThat(noDeadline.err()).contains("复查不合格时必须给出新的整改期限");
        assertThat(run("reinspect", id, "--verdict", "passed", "--as", "张伟", "--data-dir", d).out()).contains("复查合格");
        CliRun inspectorCloses = run("close", id, "--as", "张伟", "--data-dir", d);
        assertThat(inspectorCloses.exit()).isEqualTo(2);
        assertThat(inspectorCloses.err()).contains("只有主管可以关闭整改通知单");
        assertThat(run("close", id, "--as", "刘洋", "--data-dir", d).out()).contains(id, "已关闭");
        Path notice = dir.resolve("notice.pdf");
        CliRun written = run("notice", id, "--to", notice.toString(), "--password", DemoLogins.INSPECTOR_PASSWORD, "--data-dir", d);
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(notice).exists().isNotEmptyFile();
        CliRun verified = run("verify", notice.toString(), "--data-dir", d);
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("张伟");
        CliRun contactSigns = run("notice", id, "--to", dir.resolve("x.pdf").toString(), "--password", "pw",
                "--as", "恒通机电项目经理", "--data-dir", d);
        assertThat(contactSigns.exit()).isEqualTo(2);
        assertThat(contactSigns.err()).contains("不能签发整改通知单");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        Path draft = dir.resolve("draft.pdf");
        assertThat(run("notice", id, "--to", draft.toString(), "--unsigned", "--data-dir", d).exit()).isZero();
        assertThat(run("verify", draft.toString(), "--data-dir", d).exit()).isNotZero();
        CliRun again = run("reinspect", id, "--verdict", "passed", "--data-dir", d);
        assertThat(again.err()).contains("已经关闭，不能再复查");

        // bad input on the same folder (the demo is slow to make)
        CliRun unknown = run("close", "ffffffff", "--data-dir", d);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("找不到编号为“ffffffff”的整改通知单");
        CliRun cause = run("rectify", "00000000", "--responsible", "王", "--cause", "运气", "--data-dir", d);
        assertThat(cause.exit()).isEqualTo(2);
    }
}
