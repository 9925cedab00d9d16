package com.logicheck.domain.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 补录: a paper sheet typed in after the day it was filled. The sheet's own start time is the paper's date (and time,
 * when the paper gives one: {@code timeKnown}); this says who typed it in and when (ADR 0045).
 */
public record BackEntry(UUID enteredBy, OffsetDateTime enteredAt, boolean timeKnown) {
}
