package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.xlsx.SurveyExports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logicheck survey import --file F --provider … --month …}: a 问卷星 export imported through the columns given,
 * then through the mapping remembered for the scheme; refused as on the screen (no mapping yet, a non-numeric score,
 * an empty file, a closed month), nothing saved.
 */
@DatabaseTest
class SurveyExportCliIT {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    @Test
    void anExportIsImportedByItsColumnsThenByTheRememberedMappingAndBadFilesAreRefused() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", AssessmentWorld.q("14"), "1.2", AssessmentWorld.q("10")));
        w.c.close();
        String data = dir.toString();
        Path good = Files.write(files.resolve("问卷星.xlsx"), SurveyExports.wenjuanxing(SurveyExports.thirty()));
        List<Object[]> answers = SurveyExports.thirty();
        answers.set(4, new Object[] {"教职工", "九十"});
        Path bad = Files.write(files.resolve("有错.xlsx"), SurveyExports.wenjuanxing(answers));
        Path empty = Files.write(files.resolve("空.xlsx"), SurveyExports.wenjuanxing(List.of()));
        String[] target = {"--data-dir", data, "--provider", "学苑", "--month", "2026-11"};

        CliRun noMapping = CliRun.of(args(target, "survey", "import", "--file", good.toString()));
        assertThat(noMapping.exit()).isEqualTo(2);
        assertThat(noMapping.err()).contains("还没有为该考核办法指定列对应关系");
        CliRun notNumber = CliRun.of(args(target, "survey", "import", "--file", bad.toString(), "--score-column",
                SurveyExports.SCORE, "--kind-column", SurveyExports.KIND));
        assertThat(notNumber.exit()).isEqualTo(2);
        assertThat(notNumber.err()).contains("第 6 行 E（" + SurveyExports.SCORE + "） 列：得分“九十”不是数字。");
        CliRun none = CliRun.of(args(target, "survey", "import", "--file", empty.toString(), "--score-column",
                SurveyExports.SCORE));
        assertThat(none.err()).contains("空.xlsx 中没有答卷");

        CliRun imported = CliRun.of(args(target, "survey", "import", "--file", good.toString(), "--score-column",
                SurveyExports.SCORE, "--respondent-column", "序号", "--kind-column", SurveyExports.KIND));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入 30 份问卷（2026-11）");
        // the mapping is remembered for the scheme: no columns needed the next time
        CliRun again = CliRun.of(args(target, "survey", "import", "--file", good.toString(), "--replace"));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("替换了原有的 30 份");
        // 87.14 × 40% = 34.86 + 88 × 60% = 52.80 → 87.66
        CliRun assess = CliRun.of("assess", "--data-dir", data, "--provider", "学苑", "--month", "2026-11");
        assertThat(assess.out()).contains("87.66");

        CliRun closed = CliRun.of("month", "close", "--data-dir", data, "--provider", "学苑", "--month", "2026-11",
                "--as", "刘洋");
        assertThat(closed.exit()).as(closed.err()).isZero();
        CliRun refused = CliRun.of(args(target, "survey", "import", "--file", good.toString(), "--replace"));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("2026-11 的月度考核已关闭");
    }

    private static String[] args(String[] target, String... command) {
        String[] all = new String[command.length + target.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(target, 0, all, command.length, target.length);
        return all;
    }
}
