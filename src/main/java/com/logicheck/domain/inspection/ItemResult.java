package com.logicheck.domain.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The answer on one template item. {@code quantities} holds one value per deduction rule of the item
 * (a count, an amount of units, or the chosen range value); it is empty unless the outcome is DEDUCT.
 * {@code placeId} is where the problem was found, when that is more precise than the sheet's place.
 */
public record ItemResult(UUID itemId, Outcome outcome, List<BigDecimal> quantities, String note, UUID placeId) {
    public ItemResult {
        quantities = List.copyOf(quantities);
        note = note == null ? "" : note;
    }

    public static ItemResult pass(UUID itemId) {
        return new ItemResult(itemId, Outcome.PASS, List.of(), "", null);
    }

    public static ItemResult notApplicable(UUID itemId) {
        return new ItemResult(itemId, Outcome.NOT_APPLICABLE, List.of(), "", null);
    }

    public static ItemResult deduct(UUID itemId, List<BigDecimal> quantities) {
        return new ItemResult(itemId, Outcome.DEDUCT, quantities, "", null);
    }

    public ItemResult withNote(String newNote) {
        return new ItemResult(itemId, outcome, quantities, newNote, placeId);
    }

    public ItemResult withPlace(UUID newPlaceId) {
        return new ItemResult(itemId, outcome, quantities, note, newPlaceId);
    }
}
