package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.xlsx.FilledForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logicheck month close|reopen} (supervisors only) and {@code logicheck survey form|import}. */
@DatabaseTest
class AssessmentEntriesCliIT {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    @Test
    void onlyASupervisorClosesAndReopensAndReopeningNeedsAReason() {
        AssessmentWorld w = new AssessmentWorld(dir);
        w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "hospital-maintenance",
                Map.of("1.1", AssessmentWorld.q("3", "0")));
        w.c.close();
        String data = dir.toString();

        CliRun refused = CliRun.of("month", "close", "--data-dir", data, "--provider", "华安", "--month", "2026-11");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("检查员不是主管，不能关闭或重新打开月度考核。");

        CliRun closed = CliRun.of("month", "close", "--data-dir", data, "--provider", "华安", "--month", "2026-11",
                "--as", "刘洋");
        assertThat(closed.exit()).as(closed.err()).isZero();
        // 工程维修 97 → 194; four others 200 → 994.00
        assertThat(closed.out()).contains("华安后勤服务集团有限公司 2026-11 的月度考核已关闭：总分 994.00 优秀（刘洋）");
        CliRun again = CliRun.of("month", "close", "--data-dir", data, "--provider", "华安", "--month", "2026-11",
                "--as", "刘洋");
        assertThat(again.err()).contains("2026-11 的月度考核已关闭");

        CliRun noReason = CliRun.of("month", "reopen", "--data-dir", data, "--provider", "华安", "--month", "2026-11",
                "--as", "刘洋", "--reason", "  ");
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("重新打开已关闭的月度考核必须写明原因。");
        CliRun reopened = CliRun.of("month", "reopen", "--data-dir", data, "--provider", "华安", "--month", "2026-11",
                "--as", "刘洋", "--reason", "服务企业申辩成立，需重新计算");
        assertThat(reopened.exit()).as(reopened.err()).isZero();
        assertThat(reopened.out()).contains("已重新打开，原因：服务企业申辩成立，需重新计算（刘洋）");
        CliRun assess = CliRun.of("assess", "--data-dir", data, "--provider", "华安", "--month", "2026-11");
        assertThat(assess.out()).doesNotContain("本月已关闭");
    }

    @Test
    void aBlankFormIsWrittenAndAFilledOneImportedAllOrNothing() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", AssessmentWorld.q("14"), "1.2", AssessmentWorld.q("10")));
        w.c.close();
        String data = dir.toString();
        Path blank = files.resolve("调查表.xlsx");
        CliRun form = CliRun.of("survey", "form", "--data-dir", data, "--provider", "学苑", "--month", "2026-11",
                "--out", blank.toString());
        assertThat(form.exit()).as(form.err()).isZero();
        assertThat(form.out()).contains("空白满意度调查表已写入", "学苑物业管理有限公司，2026-11");

        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new String[] {i < 10 ? "教职工" : "学生", "", i == 0 ? "100" : i == 1 ? "40" : "90"});
        }
        List<String[]> bad = new ArrayList<>(rows);
        bad.set(2, new String[] {"学生", "", "101"});
        Path badFile = Files.write(files.resolve("错误.xlsx"), FilledForms.fill(Files.readAllBytes(blank), bad));
        CliRun refused = CliRun.of("survey", "import", badFile.toString(), "--data-dir", data);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("第 14 行 D 列：得分 101 不在 0～100 分之间（最多两位小数）。");

        Path good = Files.write(files.resolve("已填.xlsx"), FilledForms.fill(Files.readAllBytes(blank), rows));
        CliRun imported = CliRun.of("survey", "import", good.toString(), "--data-dir", data, "--as", "刘洋");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入 30 份问卷（2026-11）");
        CliRun twice = CliRun.of("survey", "import", good.toString(), "--data-dir", data);
        assertThat(twice.err()).contains("2026-11 已录入 30 份问卷");
        CliRun replaced = CliRun.of("survey", "import", good.toString(), "--data-dir", data, "--replace");
        assertThat(replaced.out()).contains("替换了原有的 30 份");
        CliRun assess = CliRun.of("assess", "--data-dir", data, "--provider", "学苑", "--month", "2026-11");
        assertThat(assess.out()).contains("88.80");
    }
}
