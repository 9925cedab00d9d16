package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.PlaceCode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A keyboard-wedge scan told from typing by its pace and shape, on a fake clock (issue 16). */
class WedgeScanTest {
    private static final long MS = 1_000_000L;
    private static final String CODE = PlaceCode.token("k".repeat(32).getBytes(StandardCharsets.US_ASCII),
            UUID.randomUUID(), UUID.randomUUID(), 1);
    private final WedgeScan scan = new WedgeScan();
    private final StringBuilder field = new StringBuilder();
    private long now = 1_000 * MS;

    /** Types {@code text} a key every {@code gapMs}; what reaches the field is collected like a text field would. */
    private void type(String text, long gapMs) {
        for (char c : text.toCharArray()) {
            now += gapMs * MS;
            WedgeScan.Step step = scan.typed(c, now);
            field.append(step.release());
            if (!step.consume()) {
                field.append(c);
            }
        }
    }

    private String enter(long gapMs) {
        now += gapMs * MS;
        WedgeScan.Step step = scan.enter(now, PlaceCode::looksLikeToken);
        field.append(step.release());
        return step.scanned();
    }

    @Test
    void aFastBurstInTheCodesShapeEndedByEnterIsAScanAndNothingReachesTheField() {
        type("备注", 300);
        type(CODE, 3);
        assertThat(enter(4)).isEqualTo(CODE);
        assertThat(field).hasToString("备注");
        assertThat(scan.holding()).isFalse();
    }

    @Test
    void aScanThatHiccupsAfterItsFirstKeysIsStillAScanButAPauseAtTheStartIsNot() {
        String start = CODE.substring(0, WedgeScan.SURE);
        type(start, 3);
        type(CODE.substring(WedgeScan.SURE, 20), 200);
        type(CODE.substring(20), 3);
        assertThat(enter(3)).isEqualTo(CODE);
        assertThat(field).isEmpty();
        type("LC1", 3);
        type("-", 80);
        assertThat(enter(3)).isNull();
        assertThat(field).hasToString("LC1-");
    }

    @Test
    void aPersonTypingTheSameTextSlowlyKeepsEveryCharacter() {
        type(CODE, 120);
        assertThat(enter(120)).isNull();
        assertThat(field).hasToString(CODE);
    }

    @Test
    void aFastBurstThatLeavesTheShapeIsGivenBackInOrder() {
        type("LC1x", 3);
        type("yz", 200);
        assertThat(enter(5)).isNull();
        assertThat(field).hasToString("LC1xyz");
        type("Lamp", 2);
        assertThat(field).hasToString("LC1xyzLamp");
    }

    @Test
    void aHalfCodeFollowedByAPauseComesBackOnTheTimerAndEnterWithoutAWholeCodeIsNoScan() {
        type("LC1-ABC", 3);
        assertThat(scan.timeout(now + 10 * MS)).isEmpty();
        assertThat(scan.timeout(now + 100 * MS)).isEqualTo("LC1-ABC");
        type("LC1-ABC", 3);
        assertThat(enter(3)).isNull();
        assertThat(field).hasToString("LC1-ABC");
    }
}
