package com.logicheck.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SheetNumberTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void firstSheetOfAMonthIsNumberOneUnderItsCampus() {
        assertEquals("东院-2026-11-K7-0001", SheetNumber.next("东院 / 门诊楼 / 3层", NOV, "K7", List.of()));
    }

    @Test
    void nextCountsOnFromTheHighestOfThisLaptopAndMonthWhateverTheCampus() {
        List<String> given = List.of("东院-2026-11-K7-0041", "西院-2026-11-K7-0042", "东院-2026-11-Q3-0099",
                "东院-2026-10-K7-0500", "d304bdd9");
        assertEquals("东院-2026-11-K7-0043", SheetNumber.next("东院", NOV, "K7", given));
    }

    @Test
    void sequenceGrowsBeyondFourDigits() {
        assertEquals("东院-2026-11-K7-10000", SheetNumber.next("东院", NOV, "K7", List.of("东院-2026-11-K7-9999")));
    }

    @Test
    void campusIsTheTopPlaceWithoutSeparatorsAndShortened() {
        assertEquals("总院", SheetNumber.campus("总院 / 门诊楼"));
        assertEquals("NorthCampus", SheetNumber.campus("North Campus / Block-A"));
        assertEquals("LC", SheetNumber.campus(""));
        assertEquals("一二三四五六七八九十一二", SheetNumber.campus("一二三四五六七八九十一二三四"));
    }

    @Test
    void deviceTagsAreTwoReadableCharactersAndSpreadOverLaptops() {
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String tag = SheetNumber.deviceTag(UUID.randomUUID());
            assertEquals(2, tag.length());
            assertTrue(SheetNumber.TAG_ALPHABET.indexOf(tag.charAt(0)) >= 0 && SheetNumber.TAG_ALPHABET.indexOf(tag.charAt(1)) >= 0);
            tags.add(tag);
        }
        assertTrue(tags.size() > 100, "200 laptops share too few tags: " + tags.size());
        UUID one = UUID.fromString("d304bdd9-0000-4000-8000-000000000001");
        assertEquals(SheetNumber.deviceTag(one), SheetNumber.deviceTag(one));
        assertNotEquals(SheetNumber.deviceTag(one), SheetNumber.deviceTag(UUID.fromString("d304bdd9-0000-4000-8000-000000000002")));
    }

    @Test
    void aSheetFromBeforeNumbersShowsTheShortIdItsPdfPrints() {
        UUID id = UUID.fromString("d304bdd9-1111-4000-8000-000000000001");
        assertEquals("d304bdd9", SheetNumber.orShortId(null, id));
        assertEquals("东院-2026-11-K7-0001", SheetNumber.orShortId("东院-2026-11-K7-0001", id));
    }

    @Test
    void likeMatchesOnlyThisLaptopsMonth() {
        assertEquals("%-2026-11-K7-%", SheetNumber.likeMonth(NOV, "K7"));
    }
}
