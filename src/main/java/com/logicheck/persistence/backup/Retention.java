package com.logicheck.persistence.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups rotation keeps (保留策略): the newest of each of the last {@code daily} days that have a backup, then
 * the newest of each of the {@code weekly} ISO weeks before those, the last {@code beforeRestore} copies taken
 * before a restore (so a restore of the wrong file can be undone) and as many of the newest manual backups (made
 * on purpose, so not replaced by the next automatic one of the same day). Everything else is deleted.
 */
public record Retention(int daily, int weekly, int beforeRestore) {
    public static final Retention DEFAULT = new Retention(7, 4, 3);

    public Retention {
        if (daily < 1 || weekly < 0 || beforeRestore < 1) {
            throw new IllegalArgumentException("keep at least one daily and one pre-restore backup");
        }
    }

    /** A backup as rotation sees it: its time and reason (from the file name). */
    public record Stamp<T>(T key, LocalDateTime time, BackupReason reason) {
    }

    /** The keys of the backups to delete. */
    public <T> Set<T> toDelete(List<Stamp<T>> backups) {
        List<Stamp<T>> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing((Stamp<T> s) -> s.time()).reversed());
        Set<T> keep = new HashSet<>();
        newestFirst.stream().filter(s -> s.reason() == BackupReason.BEFORE_RESTORE).limit(beforeRestore)
                .forEach(s -> keep.add(s.key()));
        newestFirst.stream().filter(s -> s.reason() == BackupReason.MANUAL).limit(beforeRestore)
                .forEach(s -> keep.add(s.key()));

        Map<LocalDate, Stamp<T>> newestPerDay = new LinkedHashMap<>();
        for (Stamp<T> s : newestFirst) {
            if (s.reason() != BackupReason.BEFORE_RESTORE) {
                newestPerDay.putIfAbsent(s.time().toLocalDate(), s);
            }
        }
        List<Stamp<T>> days = new ArrayList<>(newestPerDay.values());
        days.stream().limit(daily).forEach(s -> keep.add(s.key()));
        Map<Integer, Stamp<T>> newestPerWeek = new LinkedHashMap<>();
        LocalDate oldestDaily = days.isEmpty() ? null : days.get(Math.min(daily, days.size()) - 1).time().toLocalDate();
        for (Stamp<T> s : days.subList(Math.min(daily, days.size()), days.size())) {
            LocalDate d = s.time().toLocalDate();
            if (oldestDaily != null && week(d) == week(oldestDaily)) {
                continue; // the daily window already covers this week
            }
            newestPerWeek.putIfAbsent(week(d), s);
        }
        newestPerWeek.values().stream().limit(weekly).forEach(s -> keep.add(s.key()));

        Set<T> delete = new HashSet<>();
        for (Stamp<T> s : backups) {
            if (!keep.contains(s.key())) {
                delete.add(s.key());
            }
        }
        return delete;
    }

    private static int week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
