package com.logicheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grades are stored as the schemes name them (Chinese); the English UI shows an English label for each it knows. */
class GradeNamesTest {
    static final Messages CHINESE = Messages.forLanguage("zh");
    static final Messages ENGLISH = Messages.forLanguage("en");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "优秀, Excellent",
        "良好, Good",
        "中等, Fair",
        "合格, Pass",
        "及格, Pass",
        "基本合格, Basic pass",
        "不合格, Fail",
        "不及格, Fail",
        "甲等, 甲等",   // a name no scheme of ours uses: shown as named
    })
    void chineseAsStoredEnglishTranslated(String stored, String english) {
        assertThat(CHINESE.grade(stored)).isEqualTo(stored);
        assertThat(ENGLISH.grade(stored)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL"}, nullValues = "NULL")
    void noGradeStaysNone(String none) {
        assertThat(ENGLISH.grade(none)).isNull();
        assertThat(CHINESE.grade(none)).isNull();
    }
}
