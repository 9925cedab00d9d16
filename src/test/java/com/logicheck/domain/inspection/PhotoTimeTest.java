package com.logicheck.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoTimeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant MODIFIED = Instant.parse("2026-11-09T02:00:00Z");

    @Test
    void theCamerasTimeComesFirstReadInTheLaptopsZone() {
        OffsetDateTime t = PhotoTime.taken(Optional.of(LocalDateTime.of(2026, 11, 8, 9, 14, 30)), Optional.of(MODIFIED),
                SHANGHAI, NOW);
        assertEquals(OffsetDateTime.parse("2026-11-08T09:14:30+08:00"), t);
    }

    @Test
    void withoutExifTheFilesModificationTime() {
        assertEquals(OffsetDateTime.parse("2026-11-09T10:00+08:00"),
                PhotoTime.taken(Optional.empty(), Optional.of(MODIFIED), SHANGHAI, NOW));
    }

    @Test
    void withNeitherOrAFutureCameraClockNowOrTheFileTime() {
        assertEquals(OffsetDateTime.parse("2026-12-07T14:00+08:00"),
                PhotoTime.taken(Optional.empty(), Optional.empty(), SHANGHAI, NOW));
        assertEquals(OffsetDateTime.parse("2026-11-09T10:00+08:00"),
                PhotoTime.taken(Optional.of(LocalDateTime.of(2031, 1, 1, 0, 0)), Optional.of(MODIFIED), SHANGHAI, NOW));
    }
}
