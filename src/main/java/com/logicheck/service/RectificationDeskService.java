package com.logicheck.service;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.SettingsRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The desk (整改台账) as the screens see it: its list, counts, calendar and charts as read models of this service
 * (ADR 0034), and the start-up notice: which orders have become overdue since the last session. The time of the last
 * session is kept in app_setting ({@value #LAST_SESSION}); the first session ever reports every overdue order.
 */
public final class RectificationDeskService {
    public static final String LAST_SESSION = "rectification.lastSession";
    private final RectificationDesk desk;
    private final SettingsRepository settings;
    private final Clock clock;

    public RectificationDeskService(RectificationDesk desk, SettingsRepository settings, Clock clock) {
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    /** Which orders: every part optional (null / empty = any). {@code dueFrom}/{@code dueTo} bound the deadline. */
    public record DeskFilter(UUID providerId, ServiceLine serviceLine, UUID placeId, Set<RectificationStatus> statuses,
                             LocalDate dueFrom, LocalDate dueTo, boolean overdueOnly, boolean repeatedOnly) {
        public DeskFilter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }

        public DeskFilter withStatuses(Set<RectificationStatus> s) {
            return new DeskFilter(providerId, serviceLine, placeId, s, dueFrom, dueTo, overdueOnly, repeatedOnly);
        }

        public DeskFilter due(LocalDate from, LocalDate to) {
            return new DeskFilter(providerId, serviceLine, placeId, statuses, from, to, overdueOnly, repeatedOnly);
        }

        RectificationDesk.Filter toQuery() {
            return new RectificationDesk.Filter(providerId, serviceLine, placeId, statuses, dueFrom, dueTo, overdueOnly,
                    repeatedOnly);
        }
    }

    /** One order on the desk. {@code items}: the item codes, e.g. "3、7". */
    public record DeskOrder(UUID id, UUID inspectionId, String provider, String place, ServiceLine serviceLine,
                            LocalDate inspectedOn, LocalDate deadline, RectificationStatus status, int round,
                            ResponsibilityLevel level, boolean repeated, String responsible, String items, long daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }

        static DeskOrder of(RectificationDesk.Row r) {
            return new DeskOrder(r.id(), r.inspectionId(), r.provider(), r.place(), r.serviceLine(), r.inspectedOn(),
                    r.deadline(), r.status(), r.round(), r.level(), r.repeated(), r.responsible(), r.items(),
                    r.daysOverdue());
        }
    }

    /** Ageing of active orders by days since the inspection. */
    public enum Ageing { DAYS_0_3, DAYS_4_7, DAYS_8_14, DAYS_15_30, OVER_30 }

    public record DeskCounts(long open, long reportedFixed, long verified, long closed, long overdue, long dueToday,
                             long dueThisWeek, long repeated, Map<Ageing, Long> ageing) {
    }

    /** One day of the calendar: deadlines falling on it, how many of those are overdue now, how many closed. */
    public record DeskDay(LocalDate date, int due, int overdue, int closed) {
    }

    /** One week of the weekly chart: orders raised and closed in it, open at its end. */
    public record DeskWeek(LocalDate monday, long raised, long closed, long openAtEnd) {
    }

    /** A provider's median days from raising to closing, over {@code closed} orders. */
    public record CloseTime(String provider, BigDecimal medianDays, long closed) {
    }

    public record SessionNotice(Optional<OffsetDateTime> lastSession, List<DeskOrder> newlyOverdue) {
    }

    /** Orders by deadline (oldest first), at most {@code limit}. */
    public List<DeskOrder> list(DeskFilter filter, LocalDate today, int limit) {
        return orders(desk.list(filter.toQuery(), today, limit));
    }

    public DeskCounts counts(DeskFilter filter, LocalDate today) {
        RectificationDesk.Counts c = desk.counts(filter.toQuery(), today);
        Map<Ageing, Long> ageing = new EnumMap<>(Ageing.class);
        c.ageing().forEach((k, v) -> ageing.put(Ageing.valueOf(k.name()), v));
        return new DeskCounts(c.open(), c.reportedFixed(), c.verified(), c.closed(), c.overdue(), c.dueToday(),
                c.dueThisWeek(), c.repeated(), ageing);
    }

    public List<DeskDay> calendar(YearMonth month, DeskFilter filter, LocalDate today) {
        return desk.calendar(month, filter.toQuery(), today).stream()
                .map(d -> new DeskDay(d.date(), d.due(), d.overdue(), d.closed())).toList();
    }

    public List<DeskWeek> weekly(DeskFilter filter, LocalDate today, int weeks) {
        return desk.weekly(filter.toQuery(), today, weeks).stream()
                .map(w -> new DeskWeek(w.monday(), w.raised(), w.closed(), w.openAtEnd())).toList();
    }

    public List<CloseTime> closeTimes(DeskFilter filter, LocalDate today, LocalDate since) {
        return desk.closeTimes(filter.toQuery(), today, since).stream()
                .map(t -> new CloseTime(t.provider(), t.medianDays(), t.closed())).toList();
    }

    /** The notice for this session, and this session becomes the last one. */
    public SessionNotice startSession(int limit) {
        Optional<OffsetDateTime> last = lastSession();
        LocalDate today = LocalDate.now(clock);
        LocalDate since = last.map(t -> t.atZoneSameInstant(clock.getZone()).toLocalDate()).orElse(LocalDate.MIN);
        List<RectificationDesk.Row> rows = last.isPresent() ? desk.overdueSince(since, today, limit)
                : desk.list(RectificationDesk.Filter.overdue(), today, limit);
        settings.put(LAST_SESSION, OffsetDateTime.now(clock).toString());
        return new SessionNotice(last, orders(rows));
    }

    public Optional<OffsetDateTime> lastSession() {
        try {
            return settings.get(LAST_SESSION).map(OffsetDateTime::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The repository itself, for the command line and the tests; the screens use the methods above. */
    public RectificationDesk desk() {
        return desk;
    }

    private static List<DeskOrder> orders(List<RectificationDesk.Row> rows) {
        return rows.stream().map(DeskOrder::of).toList();
    }
}
