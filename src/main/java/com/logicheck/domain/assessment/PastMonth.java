package com.logicheck.domain.assessment;

import java.time.YearMonth;

/** The frozen outcome of an earlier closed month under the same contract: did it fail? */
public record PastMonth(YearMonth month, boolean failed) {
}
