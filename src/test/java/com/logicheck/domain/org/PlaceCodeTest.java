package com.logicheck.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.PlaceCode.Accepted;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.PlaceCode.PlaceState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Place codes without a database: made with the organisation's key, refused for anything else (ADR 0042). */
class PlaceCodeTest {
    private static final byte[] KEY = "the organisation's 32-byte key!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "another organisation's key......".getBytes(StandardCharsets.US_ASCII);
    private static final UUID ORG = UUID.fromString("6f1c2a9e-0b7d-4c41-9a8e-2d5f3b1c0a77");
    private static final UUID OTHER_ORG = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID WARD = UUID.fromString("a3e4b5c6-d7e8-49f0-8a1b-2c3d4e5f6071");
    private static final UUID CLOSED = UUID.fromString("b3e4b5c6-d7e8-49f0-8a1b-2c3d4e5f6072");
    private final Map<UUID, PlaceState> places = Map.of(
            WARD, new PlaceState(WARD, ORG, 2, true, "东院区 / 3号楼 / 心内科病区"),
            CLOSED, new PlaceState(CLOSED, ORG, 1, false, "东院区 / 旧楼"));

    @Test
    void aLabelsCodeNamesItsPlaceAndIsAcceptedWithTheKey() {
        String token = PlaceCode.token(KEY, ORG, WARD, 2);
        assertThat(token).startsWith(PlaceCode.PREFIX).matches("[0-9A-Z-]+").hasSizeLessThan(90);
        assertThat(PlaceCode.looksLikeToken(token)).isTrue();
        Accepted a = PlaceCode.verifyToken(token, ORG, KEY, id -> Optional.ofNullable(places.get(id)));
        assertThat(a).isEqualTo(new Accepted(WARD, 2, How.SCANNED, token));
        assertThat(PlaceCode.verifyToken(token.toLowerCase(), ORG, KEY, id -> Optional.ofNullable(places.get(id))).placeId())
                .isEqualTo(WARD);
    }

    @Test
    void aCodeOfAnotherOrganisationIsRefusedAsSuch() {
        String theirs = PlaceCode.token(OTHER_KEY, OTHER_ORG, WARD, 2);
        refused(() -> PlaceCode.verifyToken(theirs, ORG, KEY, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.otherOrganisation");
    }

    @Test
    void aCodeMadeWithoutTheKeyOrAlteredIsRefusedAsForged() {
        String madeElsewhere = PlaceCode.token(OTHER_KEY, ORG, WARD, 2);
        refused(() -> PlaceCode.verifyToken(madeElsewhere, ORG, KEY, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.forged");
        String mine = PlaceCode.token(KEY, ORG, WARD, 2);
        String otherPlace = mine.replace(mine.split("-")[2], PlaceCode.token(KEY, ORG, CLOSED, 1).split("-")[2]);
        refused(() -> PlaceCode.verifyToken(otherPlace, ORG, KEY, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.forged");
        refused(() -> PlaceCode.verifyToken(mine, ORG, null, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.forged");
        refused(() -> PlaceCode.verifyToken("LC1-HELLO", ORG, KEY, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.malformed");
    }

    @Test
    void theCodeOfAReprintedLabelNoLongerCounts() {
        String old = PlaceCode.token(KEY, ORG, WARD, 1);
        refused(() -> PlaceCode.verifyToken(old, ORG, KEY, id -> Optional.ofNullable(places.get(id))),
                "problem.placeCode.revoked");
        refused(() -> PlaceCode.verifyShort(PlaceCode.shortCode(KEY, ORG, WARD, 1), ORG, KEY, places.values()),
                "problem.placeCode.revoked");
    }

    @Test
    void aDeactivatedPlacesCodeIsRefused() {
        refused(() -> PlaceCode.verifyToken(PlaceCode.token(KEY, ORG, CLOSED, 1), ORG, KEY,
                id -> Optional.ofNullable(places.get(id))), "problem.placeCode.inactive");
    }

    @Test
    void aTypedShortCodeIsFoundAmongThePlacesAndRecordedAsTyped() {
        String shortCode = PlaceCode.shortCode(KEY, ORG, WARD, 2);
        assertThat(shortCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        String typed = " " + shortCode.toLowerCase().replace("-", "").replace('1', 'l').replace('0', 'o') + " ";
        Accepted a = PlaceCode.verifyShort(typed, ORG, KEY, List.copyOf(places.values()));
        assertThat(a).isEqualTo(new Accepted(WARD, 2, How.TYPED, shortCode));
        refused(() -> PlaceCode.verifyShort(PlaceCode.shortCode(OTHER_KEY, ORG, WARD, 2), ORG, KEY, places.values()),
                "problem.placeCode.unknownShort");
        refused(() -> PlaceCode.verifyShort("12", ORG, KEY, places.values()), "problem.placeCode.malformedShort");
    }

    @Test
    void crockfordBase32RoundTrips() {
        byte[] bytes = {0, 1, (byte) 0xff, 0x7f, 42, (byte) 0x80};
        assertThat(PlaceCode.decode(PlaceCode.encode(bytes))).containsExactly(bytes);
        assertThat(PlaceCode.encode(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}))
                .isEqualTo("ZZZZZZZZ");
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
