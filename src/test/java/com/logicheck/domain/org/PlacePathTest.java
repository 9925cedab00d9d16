package com.logicheck.domain.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacePathTest {
    @Test
    void aChildsPathIsItsParentsAndItsName() {
        assertThat(PlacePath.child(null, "东院区")).isEqualTo("东院区");
        assertThat(PlacePath.child("东院区 / 3号楼", "5层")).isEqualTo("东院区 / 3号楼 / 5层");
    }

    @Test
    void belowMeansUnderTheWholeNameNotUnderAPrefixOfIt() {
        assertThat("A楼 / 3层 / 301").startsWith(PlacePath.below("A楼 / 3层"));
        assertThat("A楼 / 3层东 / 301").doesNotStartWith(PlacePath.below("A楼 / 3层"));
        assertThat("A楼 / 3层").doesNotStartWith(PlacePath.below("A楼 / 3层"));
    }
}
