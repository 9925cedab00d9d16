package com.logicheck.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rotation keeps one backup a day for 7 days, one a week for 4 weeks before that, and the pre-restore copies. */
class RetentionTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 18, 0);

    @Test
    void sixtyDaysOfTwoBackupsADayShrinkToElevenFiles() {
        List<Retention.Stamp<String>> all = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            LocalDateTime day = NOW.minusDays(d);
            all.add(stamp(day.withHour(8), BackupReason.DAILY));
            all.add(stamp(day.withHour(17), BackupReason.EXIT));
        }
        Set<String> delete = Retention.DEFAULT.toDelete(all);
        List<String> kept = all.stream().map(Retention.Stamp::key).filter(k -> !delete.contains(k)).sorted().toList();
        assertThat(kept).hasSize(11);
        // the newest of each of the last seven days: the exit backup at 17:00
        for (int d = 0; d < 7; d++) {
            assertThat(kept).contains(key(NOW.minusDays(d).withHour(17)));
            assertThat(kept).doesNotContain(key(NOW.minusDays(d).withHour(8)));
        }
        // 2026-11-21 is a Saturday; the daily window reaches back to Sunday 11-15 (ISO week 46), so the weekly ones
        // are the Sundays — the newest day — of weeks 45, 44, 43 and 42
        assertThat(kept).contains(key(LocalDateTime.of(2026, 11, 8, 17, 0)), key(LocalDateTime.of(2026, 11, 1, 17, 0)),
                key(LocalDateTime.of(2026, 10, 25, 17, 0)), key(LocalDateTime.of(2026, 10, 18, 17, 0)));
    }

    @Test
    void beforeRestoreCopiesSurviveLaterBackupsOfTheSameDay() {
        List<Retention.Stamp<String>> all = new ArrayList<>();
        all.add(stamp(NOW.withHour(9), BackupReason.BEFORE_RESTORE));
        all.add(stamp(NOW.withHour(10), BackupReason.EXIT));
        all.add(stamp(NOW.withHour(11), BackupReason.EXIT));
        for (int i = 1; i <= 5; i++) {
            all.add(stamp(NOW.minusDays(100 + i), BackupReason.BEFORE_RESTORE));
        }
        Set<String> delete = Retention.DEFAULT.toDelete(all);
        assertThat(delete).doesNotContain(key(NOW.withHour(9)), key(NOW.withHour(11)), key(NOW.minusDays(101)),
                key(NOW.minusDays(102)));
        assertThat(delete).contains(key(NOW.withHour(10)), key(NOW.minusDays(103)), key(NOW.minusDays(105)));
    }

    @Test
    void theLastThreeManualBackupsAreKeptBesideTheAutomaticOnes() {
        List<Retention.Stamp<String>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(stamp(NOW.withHour(8 + i), BackupReason.MANUAL));
        }
        all.add(stamp(NOW.withHour(17), BackupReason.EXIT));
        Set<String> delete = Retention.DEFAULT.toDelete(all);
        assertThat(delete).containsExactlyInAnyOrder(key(NOW.withHour(8)), key(NOW.withHour(9)));
    }

    @Test
    void fewBackupsAreAllKept() {
        List<Retention.Stamp<String>> all = List.of(stamp(NOW, BackupReason.MANUAL), stamp(NOW.minusDays(3), BackupReason.DAILY));
        assertThat(Retention.DEFAULT.toDelete(all)).isEmpty();
    }

    @Test
    void aPolicyKeepingNothingIsRefused() {
        assertThatThrownBy(() -> new Retention(0, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Retention.Stamp<String> stamp(LocalDateTime t, BackupReason r) {
        return new Retention.Stamp<>(key(t), t, r);
    }

    private static String key(LocalDateTime t) {
        return t.toString();
    }
}
