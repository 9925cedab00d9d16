package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.OCTOBER;
import static com.logicheck.service.AssessmentWorld.panel;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.ConsequenceType;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The college's 60/40 scheme end to end on a real H2 file. November's 学院物业 sheet loses 7 (1.1: 14 × 0.5) + 5
 * (1.2: 10 × 0.5) = 12 points → 88.00; the 30-person panel scores 100, 40 and 28 × 90 → trimmed mean 90.00.
 * 88 × 60% + 90 × 40% = 52.80 + 36.00 = 88.80 (合格), bond 200,000 元.
 */
@DatabaseTest
class CollegeAssessmentIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    @TempDir
    Path dir;
    AssessmentWorld w;
    UUID provider;

    @BeforeEach
    void november() {
        w = new AssessmentWorld(dir);
        provider = w.collegeProvider.id();
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", q("14"), "1.2", q("10")));
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private MonthlyAssessment assess(YearMonth month) {
        return w.c.assessment().service().assess(provider, month).assessment();
    }

    @Test
    void sixtyPercentInspectionFortyPercentTrimmedSurveyMinusDoubledComplaints() {
        AssessmentEntries entries = w.c.assessment().entries();
        assertThat(assess(NOVEMBER).missing()).extracting(Problem::key).containsExactly("assess.missing.survey");
        entries.importSurvey(provider, NOVEMBER, panel(30, "100", "40", "90"), w.supervisor.id());
        MonthlyAssessment m = assess(NOVEMBER);
        assertThat(m.components().get(0).points()).isEqualByComparingTo("52.80");
        assertThat(m.components().get(1).points()).isEqualByComparingTo("36.00");
        assertThat(m.total()).isEqualByComparingTo("88.80");
        assertThat(m.grade()).isEqualTo("合格");
        assertThat(m.money().direction()).isEqualTo(Direction.NONE);

        // a substantiated complaint about 1.1 (每发现一处扣0.5分), one fault: 0.5 × 2 = 1.00
        UUID complaint = entries.addComplaint(provider, LocalDate.of(2026, 11, 12), "college-property", "1.1", q("1"),
                true, "三号教学楼走廊垃圾未清", w.supervisor.id());
        entries.addComplaint(provider, LocalDate.of(2026, 11, 13), "college-property", "2.1", q("1"), false,
                "报修后次日才到场（经查为学生误报）", w.supervisor.id());
        m = assess(NOVEMBER);
        assertThat(m.complaints().deduction()).isEqualByComparingTo("1.00");
        assertThat(m.total()).isEqualByComparingTo("87.80");
        entries.setComplaintSubstantiated(complaint, false, w.supervisor.id());
        assertThat(assess(NOVEMBER).total()).isEqualByComparingTo("88.80");
        assertThatThrownBy(() -> entries.addComplaint(provider, LocalDate.of(2026, 11, 12), "college-property", "1.1",
                q("0"), true, "", w.supervisor.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.complaint.noDeduction"));
    }

    @Test
    void aSurveyFileThatCannotBeTrimmedOrHasBadScoresIsRefusedAndNothingIsSaved() {
        AssessmentEntries entries = w.c.assessment().entries();
        assertThatThrownBy(() -> entries.importSurvey(provider, NOVEMBER, panel(2, "90", "80", "85"), w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("满意度调查至少需要 3 份问卷（去掉 1 个最高分和 1 个最低分后求平均），现在只有 2 份。"));
        List<SurveyResponse> bad = new ArrayList<>(panel(30, "100", "40", "90"));
        bad.set(5, new SurveyResponse(null, RespondentKind.STUDENT, "学生6", new BigDecimal("120")));
        bad.set(7, new SurveyResponse(null, RespondentKind.STUDENT, "学生8", null));
        assertThatThrownBy(() -> entries.importSurvey(provider, NOVEMBER, bad, w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo(
                        "第 6 份问卷（学生6）的分数 120 不在 0～100 分之间（最多两位小数）。\n第 8 份问卷（学生8）没有填写分数。"));
        assertThat(assess(NOVEMBER).missing()).extracting(Problem::key).containsExactly("assess.missing.survey");
    }

    @Test
    void aVetoNeedsEvidenceAndFailsTheMonthWhateverTheScore() {
        AssessmentEntries entries = w.c.assessment().entries();
        entries.importSurvey(provider, NOVEMBER, panel(30, "100", "40", "90"), w.supervisor.id());
        assertThatThrownBy(() -> entries.recordVeto(provider, new VetoEvent(null, VetoType.SAFETY_ACCIDENT,
                LocalDate.of(2026, 11, 18), " ", new BigDecimal("12000"), 0), w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("一票否决事项必须附证据说明（如文件编号、事故报告）。"));
        assertThat(assess(NOVEMBER).veto().findings()).extracting(f -> f.type())
                .containsExactly(VetoType.DISSATISFACTION);

        entries.recordVeto(provider, new VetoEvent(null, VetoType.SAFETY_ACCIDENT, LocalDate.of(2026, 11, 18),
                "学生公寓配电箱起火，事故报告 XY-2026-031", new BigDecimal("12000"), 0), w.supervisor.id());
        MonthlyAssessment m = assess(NOVEMBER);
        assertThat(m.total()).isEqualByComparingTo("88.80");
        assertThat(m.veto().vetoed()).isTrue();
        assertThat(m.grade()).isEqualTo("不合格");
        assertThat(m.money().direction()).isEqualTo(Direction.PENALTY);
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");   // 1% × 200000
    }

    @Test
    void twoFailingMonthsInARowLeadToARectificationDeadline() {
        AssessmentEntries entries = w.c.assessment().entries();
        // October: a sheet, a survey, and a written criticism → vetoed, failed; closed by the supervisor
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 10, 9), Map.of());
        entries.importSurvey(provider, OCTOBER, panel(3, "95", "85", "90"), w.supervisor.id());
        entries.recordVeto(provider, new VetoEvent(null, VetoType.WRITTEN_CRITICISM, LocalDate.of(2026, 10, 20),
                "院办通报〔2026〕12号", null, 0), w.supervisor.id());
        MonthlyAssessment october = w.c.assessment().service().close(provider, OCTOBER, w.supervisor.id());
        assertThat(october.failed()).isTrue();
        assertThat(october.failures().triggered()).isEmpty();

        // November: 41 of 100 respondents dissatisfied → veto → the second failing month in a row
        List<SurveyResponse> survey = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            survey.add(new SurveyResponse(null, i < 34 ? RespondentKind.STAFF : RespondentKind.STUDENT, "",
                    new BigDecimal(i < 41 ? "50" : "95")));
        }
        entries.importSurvey(provider, NOVEMBER, survey, w.supervisor.id());
        MonthlyAssessment m = assess(NOVEMBER);
        assertThat(m.veto().vetoed()).isTrue();
        assertThat(m.components().get(1).survey().dissatisfiedRate()).isEqualByComparingTo("41.00");
        assertThat(m.failures().consecutive()).isEqualTo(2);
        assertThat(m.failures().triggered()).extracting(FailureConsequence::consequence)
                .containsExactly(ConsequenceType.RECTIFICATION_DEADLINE);
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");
    }
}
