package com.logicheck.service;

import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.SettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The desk's start-up notice: which orders have become overdue since the last session. The time of the last
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

    public record SessionNotice(Optional<OffsetDateTime> lastSession, List<RectificationDesk.Row> newlyOverdue) {
    }

    /** The notice for this session, and this session becomes the last one. */
    public SessionNotice startSession(int limit) {
        Optional<OffsetDateTime> last = lastSession();
        LocalDate today = LocalDate.now(clock);
        LocalDate since = last.map(t -> t.atZoneSameInstant(clock.getZone()).toLocalDate()).orElse(LocalDate.MIN);
        List<RectificationDesk.Row> rows = last.isPresent() ? desk.overdueSince(since, today, limit)
                : desk.list(RectificationDesk.Filter.overdue(), today, limit);
        settings.put(LAST_SESSION, OffsetDateTime.now(clock).toString());
        return new SessionNotice(last, rows);
    }

    public Optional<OffsetDateTime> lastSession() {
        try {
            return settings.get(LAST_SESSION).map(OffsetDateTime::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public RectificationDesk desk() {
        return desk;
    }
}
