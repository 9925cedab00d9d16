package com.logicheck.domain.inspection;

import com.logicheck.domain.org.PlaceCode.How;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A check-in (到点签到) on a sheet: at which place, when, how the code came in (the label's QR code scanned, or its
 * short code typed — weaker evidence), by whom, and the code as read with the label's generation. A later route will
 * match its points against these (place, time, how, sheet, person).
 */
public record CheckIn(UUID id, UUID placeId, UUID personId, OffsetDateTime at, How how, String code, int generation) {

    /** Whether someone checked in at the sheet's own place (没有: 未到点确认). */
    public static boolean present(UUID sheetPlaceId, List<CheckIn> checkIns) {
        return checkIns.stream().anyMatch(c -> c.placeId().equals(sheetPlaceId));
    }

    /** 停留时间: from the first check-in at the sheet's place to finishing; empty without either. */
    public static Optional<Duration> stay(UUID sheetPlaceId, List<CheckIn> checkIns, OffsetDateTime finishedAt) {
        if (finishedAt == null) {
            return Optional.empty();
        }
        return checkIns.stream().filter(c -> c.placeId().equals(sheetPlaceId)).map(CheckIn::at)
                .min(Comparator.naturalOrder()).filter(first -> !first.isAfter(finishedAt))
                .map(first -> Duration.between(first, finishedAt));
    }
}
