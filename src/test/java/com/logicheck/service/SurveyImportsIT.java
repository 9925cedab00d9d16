package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import com.logicheck.xlsx.SurveyExports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 导入问卷星/问卷网 on a real data folder under the college 60/40 scheme: previewed, imported and scored, the mapping
 * remembered for the scheme; an unmapped column, a non-numeric score, an empty file, a closed month and a person who
 * may not enter results are refused, and nothing is saved.
 */
@DatabaseTest
class SurveyImportsIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private static final SurveyColumns MAPPING = new SurveyColumns(SurveyExports.SCORE, null, "序号", SurveyExports.KIND);
    @TempDir
    Path dir;
    AssessmentWorld w;
    UUID provider;
    SurveyImports imports;

    TestStore store() {
        return TestStore.H2;
    }

    @BeforeEach
    void november() {
        w = new AssessmentWorld(dir, store());
        provider = w.collegeProvider.id();
        // college-property: the sheet scores 88 (CollegeAssessmentIT)
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", q("14"), "1.2", q("10")));
        imports = w.c.assessment().surveyImports();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private int stored() {
        return w.c.assessment().service().state(provider, NOVEMBER).input().survey().size();
    }

    @Test
    void aWenjuanxingExportIsPreviewedImportedScoredAndItsMappingRemembered() {
        byte[] file = SurveyExports.wenjuanxing(SurveyExports.thirty());
        SurveyImports.FileColumns first = imports.columns(file, "答卷.xlsx", provider, NOVEMBER);
        assertThat(first.headers()).contains(SurveyExports.SCORE, SurveyExports.KIND);
        assertThat(first.rows()).isEqualTo(30);
        assertThat(first.remembered()).isEmpty();

        SurveyImports.Preview preview = imports.preview(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false);
        // drop 100 and 30: 20 × 90 + 8 × 80 = 2440 ÷ 28 = 87.142… → 87.14; × 40% = 34.856 → 34.86
        // 88 × 60% = 52.80; total 87.66; dissatisfied (below 60): the 30 → 1 of 30
        assertThat(preview.responses()).isEqualTo(30);
        assertThat(preview.survey().mean()).isEqualByComparingTo("87.14");
        assertThat(preview.survey().dissatisfied()).isEqualTo(1);
        assertThat(preview.monthTotal()).isEqualByComparingTo("87.66");
        assertThat(stored()).isZero();

        SurveyImports.Imported done = imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false,
                w.inspector.id());
        assertThat(done.responses()).isEqualTo(30);
        assertThat(stored()).isEqualTo(30);
        assertThat(w.c.assessment().service().assess(provider, NOVEMBER).assessment().total())
                .isEqualByComparingTo("87.66");
        assertThat(imports.columns(file, "答卷.xlsx", provider, NOVEMBER).remembered()).contains(MAPPING);

        assertThatThrownBy(() -> imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false,
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.surveyFile.existing"));
        assertThat(imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, true, w.inspector.id())
                .replaced()).isEqualTo(30);
        assertThat(stored()).isEqualTo(30);
    }

    @Test
    void anUnmappedColumnIsRefusedAndNothingIsSaved() {
        byte[] file = SurveyExports.wenjuanxing(SurveyExports.thirty());
        SurveyColumns wrong = new SurveyColumns("3、总体评分", null, "序号", SurveyExports.KIND);
        assertThatThrownBy(() -> imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, wrong, false,
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("文件中没有“3、总体评分”这一列（列对应关系中指定的列）。"));
        assertThatThrownBy(() -> imports.importExport(file, "答卷.xlsx", provider, NOVEMBER,
                new SurveyColumns(null, null, "序号", null), false, w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("请指定得分列或答案类别列（二者选一）。"));
        assertThat(stored()).isZero();
        assertThat(imports.columns(file, "答卷.xlsx", provider, NOVEMBER).remembered()).isEmpty();
    }

    @Test
    void aNonNumericScoreIsListedByRowAndColumnAndNothingIsSaved() {
        List<Object[]> answers = SurveyExports.thirty();
        answers.set(4, new Object[] {"教职工", "九十"});
        answers.set(9, new Object[] {"学生", "很好"});
        byte[] file = SurveyExports.wenjuanxing(answers);
        assertThatThrownBy(() -> imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false,
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e).split("\n")).containsExactly(
                        "第 6 行 E（" + SurveyExports.SCORE + "） 列：得分“九十”不是数字。",
                        "第 11 行 E（" + SurveyExports.SCORE + "） 列：得分“很好”不是数字。"));
        assertThatThrownBy(() -> imports.preview(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false))
                .isInstanceOf(DomainException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void anEmptyFileIsRefused() {
        byte[] headersOnly = SurveyExports.wenjuanxing(List.of());
        assertThatThrownBy(() -> imports.importExport(headersOnly, "空.xlsx", provider, NOVEMBER, MAPPING, false,
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("空.xlsx 中没有答卷（只有标题行或是空表），没有导入任何内容。"));
        assertThatThrownBy(() -> imports.columns(new byte[0], "零.xlsx", provider, NOVEMBER))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.surveyExport.unreadable"));
        assertThat(stored()).isZero();
    }

    @Test
    void aClosedMonthAndAPersonWhoMayNotEnterResultsAreRefused() {
        byte[] file = SurveyExports.wenjuanxing(SurveyExports.thirty());
        assertThatThrownBy(() -> imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false,
                w.contact.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.monthInput.notAllowed"));
        // the existing path of the app's own form asks the policy too now
        assertThatThrownBy(() -> w.c.assessment().entries().importSurvey(provider, NOVEMBER,
                AssessmentWorld.panel(30, "100", "40", "90"), w.contact.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.monthInput.notAllowed"));
        assertThat(stored()).isZero();

        imports.importExport(file, "答卷.xlsx", provider, NOVEMBER, MAPPING, false, w.inspector.id());
        w.c.assessment().service().close(provider, NOVEMBER, w.supervisor.id());
        List<Object[]> other = SurveyExports.thirty();
        other.set(0, new Object[] {"教职工", 60});
        assertThatThrownBy(() -> imports.importExport(SurveyExports.wenjuanxing(other), "答卷2.xlsx", provider,
                NOVEMBER, MAPPING, true, w.supervisor.id())).isInstanceOf(DomainException.class)
                .hasMessageContaining("problem.month.closed");
        assertThat(w.c.assessment().service().state(provider, NOVEMBER).input().survey())
                .extracting(r -> r.score().toPlainString()).hasSize(30).contains("100.00").doesNotContain("60.00");
    }
}
