package com.logicheck.domain.inspection;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * 拍摄时间 of an evidence photo: what the camera wrote (EXIF, local time, read in the laptop's zone), else the file's
 * modification time, else now (a pasted image, or a file whose times cannot be read). A camera time more than a day
 * in the future is a wrong camera clock and is not believed.
 */
public final class PhotoTime {
    private PhotoTime() {
    }

    public static OffsetDateTime taken(Optional<LocalDateTime> exif, Optional<Instant> modified, ZoneId zone,
                                       Instant now) {
        Instant latest = now.plusSeconds(24 * 3600);
        Optional<Instant> camera = exif.map(t -> t.atZone(zone).toInstant()).filter(t -> t.isBefore(latest));
        Instant when = camera.or(() -> modified.filter(t -> t.isBefore(latest))).orElse(now);
        return OffsetDateTime.ofInstant(when, zone);
    }
}
