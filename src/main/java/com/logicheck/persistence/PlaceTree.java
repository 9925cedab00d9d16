package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.PLACE;

import com.logicheck.domain.org.PlacePath;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The place-subtree query (a place and everything under it, by path; see {@link PlacePath}), written once. */
final class PlaceTree {
    private PlaceTree() {
    }

    /** The place at {@code path} and every place below it. */
    static Condition atOrBelow(String path) {
        return PLACE.PATH.eq(path).or(PLACE.PATH.startsWith(PlacePath.below(path)));
    }

    /** The ids of a place and every place under it, read from the small place table (an unknown id: itself). */
    static List<UUID> placeAndBelow(DSLContext dsl, UUID placeId) {
        String path = dsl.select(PLACE.PATH).from(PLACE).where(PLACE.ID.eq(placeId)).fetchOne(PLACE.PATH);
        if (path == null) {
            return List.of(placeId);
        }
        return dsl.select(PLACE.ID).from(PLACE).where(PLACE.ID.eq(placeId).or(PLACE.PATH.startsWith(PlacePath.below(path))))
                .fetch(PLACE.ID);
    }
}
