package com.logicheck.ui.plans;

import java.util.UUID;

/** One plan over the chosen month, every cell in words; {@code missed} marks the row. */
public record PlanRow(UUID planId, String person, String level, String place, String provider, String frequency,
                      String required, String done, String missedText, String coverage, String current,
                      boolean missed) {
}
