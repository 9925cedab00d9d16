package com.logicheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.plan.PeriodUnit;
import org.junit.jupiter.api.Test;

/** A plan's frequency in words: "once every 3 days", "twice a day", not "1 times every 1 days"; Chinese unchanged. */
class PlanFrequencyWordsTest {
    static final Messages ENGLISH = Messages.forLanguage("en");
    static final Messages CHINESE = Messages.forLanguage("zh");

    static String english(int length, PeriodUnit unit, int times) {
        return words(ENGLISH, length, unit, times);
    }

    static String words(Messages m, int length, PeriodUnit unit, int times) {
        return m.get("plans.frequency", times, m.get("plans.every." + unit.name(), length));
    }

    @Test
    void englishSaysOnceTwiceAndTheUnitInTheRightNumber() {
        assertThat(english(1, PeriodUnit.DAYS, 1)).isEqualTo("once a day");
        assertThat(english(3, PeriodUnit.DAYS, 1)).isEqualTo("once every 3 days");
        assertThat(english(12, PeriodUnit.HOURS, 2)).isEqualTo("twice every 12 hours");
        assertThat(english(1, PeriodUnit.MONTHS, 1)).isEqualTo("once a month");
        assertThat(english(1, PeriodUnit.DAYS, 4)).isEqualTo("4 times a day");
    }

    @Test
    void chineseIsAsBefore() {
        assertThat(words(CHINESE, 12, PeriodUnit.HOURS, 2)).isEqualTo("每 12 小时 2 次");
        assertThat(words(CHINESE, 1, PeriodUnit.MONTHS, 1)).isEqualTo("每 1 个月 1 次");
    }
}
