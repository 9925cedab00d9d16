package com.logicheck.domain.assessment;

/**
 * Which columns of a survey export (问卷星, 问卷网: one row per answer sheet, a column per question) hold what, by
 * their header text: the score (0…max) or the category answer (满意/基本满意/不满意, scored by the scheme's
 * categories) — exactly one of the two — and optionally the respondent (e.g. 序号 or 答卷编号) and the respondent's
 * kind (e.g. 您的身份: 教职工/学生/其他). Remembered per scheme, so an export is mapped once.
 */
public record SurveyColumns(String score, String category, String respondent, String kind) {
    public SurveyColumns {
        score = blankToNull(score);
        category = blankToNull(category);
        respondent = blankToNull(respondent);
        kind = blankToNull(kind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
