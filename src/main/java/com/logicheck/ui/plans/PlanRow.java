package com.logicheck.ui.plans;

import com.logicheck.domain.plan.InspectionPlan;
import java.util.UUID;

/**
 * One plan over the chosen month, every cell in words; {@code missed} marks the row; {@code status} says since when
 * it runs, when it ended or that it is switched off; {@code plan} is what the editor shows.
 */
public record PlanRow(UUID planId, String person, String level, String place, String provider, String frequency,
                      String required, String done, String missedText, String coverage, String current,
                      boolean missed, String status, InspectionPlan plan) {
}
