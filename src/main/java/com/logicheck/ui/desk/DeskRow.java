package com.logicheck.ui.desk;

import java.util.UUID;

/**
 * One order on the desk list, every cell already in words. {@code overdue} and {@code repeated} drive the row's
 * highlight and the 重复问题 mark.
 */
public record DeskRow(UUID id, UUID inspectionId, String number, String deadline, String lateness, String age,
                      String provider, String place, String serviceLine, String items, String responsible,
                      String status, boolean overdue, boolean repeated) {
}
