package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StoreCompactionTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aSmallFolderIsNeverRewritten() {
        assertThat(StoreCompaction.due(15 * MB, OptionalLong.empty())).isFalse();
        assertThat(StoreCompaction.due(3 * MB, OptionalLong.of(MB))).isFalse();
    }

    @Test
    void aFileIsRewrittenOnceItHasDoubledSinceTheLastRewrite() {
        assertThat(StoreCompaction.due(20 * MB, OptionalLong.empty())).isTrue();
        assertThat(StoreCompaction.due(20 * MB, OptionalLong.of(12 * MB))).isFalse();
        assertThat(StoreCompaction.due(24 * MB, OptionalLong.of(12 * MB))).isFalse();
        assertThat(StoreCompaction.due(25 * MB, OptionalLong.of(12 * MB))).isTrue();
    }

    @Test
    void aHugeFileIsLeftAloneBecauseTheRewriteWouldHoldUpTheExit() {
        assertThat(StoreCompaction.due(513 * MB, OptionalLong.empty())).isFalse();
        assertThat(StoreCompaction.due(512 * MB, OptionalLong.of(100 * MB))).isTrue();
    }
}
