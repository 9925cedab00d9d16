package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.persistence.RectificationDesk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rectification loop scripted on the command line over a demo data folder. */
class RectificationCliIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void demoOrdersAreListedAndAnOrderIsFollowedToItsClosingAndBadInputIsRefused() {
        String d = dir.toString();
        Run demo = run("demo", "--data-dir", d);
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("整改通知单").contains("重复问题 1");

        Run overdue = run("orders", "--overdue", "--data-dir", d);
        assertThat(overdue.exit()).as(overdue.err()).isZero();
        assertThat(overdue.out()).contains("逾期").contains("待整改 ");
        Run repeated = run("orders", "--repeated", "--data-dir", d);
        assertThat(repeated.out()).contains("重复问题").contains("主管");
        Run engineering = run("orders", "--provider", "恒通", "--line", "工程维修", "--data-dir", d);
        assertThat(engineering.exit()).as(engineering.err()).isZero();
        assertThat(engineering.out()).contains("恒通机电").doesNotContain("康洁物业");

        String id;
        try (AppContext c = AppContext.open(dir)) {
            id = c.rectificationDesk().desk().list(RectificationDesk.Filter.all()
                    .withStatuses(Set.of(RectificationStatus.OPEN)), LocalDate.now(c.clock()), 1).get(0).id()
                    .toString().substring(0, 8);
        }
        assertThat(run("report-fixed", id, "--note", "已整改", "--data-dir", d).out()).contains(id, "已报整改");
        String later = LocalDate.now().plusDays(3).toString();
        assertThat(run("reinspect", id, "--verdict", "failed", "--new-deadline", later, "--note", "未达标", "--data-dir", d)
                .out()).contains(id, "待整改", later);
        Run noDeadline = run("reinspect", id, "--verdict", "failed", "--data-dir", d);
        assertThat(noDeadline.exit()).isEqualTo(2);
        assertThat(noDeadline.err()).contains("复查不合格时必须给出新的整改期限");
        assertThat(run("reinspect", id, "--verdict", "passed", "--as", "张伟", "--data-dir", d).out()).contains("复查合格");
        Run inspectorCloses = run("close", id, "--as", "张伟", "--data-dir", d);
        assertThat(inspectorCloses.exit()).isEqualTo(2);
        assertThat(inspectorCloses.err()).contains("只有主管可以关闭整改通知单");
        assertThat(run("close", id, "--as", "刘洋", "--data-dir", d).out()).contains(id, "已关闭");
        Path notice = dir.resolve("notice.pdf");
        Run written = run("notice", id, "--to", notice.toString(), "--data-dir", d);
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(notice).exists().isNotEmptyFile();
        Run again = run("reinspect", id, "--verdict", "passed", "--data-dir", d);
        assertThat(again.err()).contains("已经关闭，不能再复查");

        // bad input on the same folder (the demo is slow to make)
        Run unknown = run("close", "ffffffff", "--data-dir", d);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("找不到编号为“ffffffff”的整改通知单");
        Run cause = run("rectify", "00000000", "--responsible", "王", "--cause", "运气", "--data-dir", d);
        assertThat(cause.exit()).isEqualTo(2);
    }
}
