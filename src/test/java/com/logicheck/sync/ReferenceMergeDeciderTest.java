package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.persistence.ReferenceSyncRepository.RowMerge;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three-way merge of a reference-data row (ADR 0019) from content hashes, without a database: the cases
 * {@code ReferenceDataIT} and {@code SyncConflictResolutionIT} prove end to end ({@code -}: no such row or base).
 */
class ReferenceMergeDeciderTest {
    final ReferenceMergeDecider decider = new ReferenceMergeDecider();

    @ParameterizedTest(name = "here {0}, base {1}, incoming {2} → {3}")
    @CsvSource({
            "-, -, b, ADD",
            "a, -, a, SAME",
            "a, a, a, SAME",
            "a, x, a, SAME",
            "a, b, b, KEEP_OURS",
            "a, a, b, UPDATE",
            "a, -, b, CONFLICT",
            "a, c, b, CONFLICT"})
    void aMutableRowIsMergedAgainstItsBase(String here, String base, String incoming, RowMerge expected) {
        assertThat(decider.mutable(hash(here), hash(base), incoming)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "stored {0}, incoming {1} → {2}")
    @CsvSource({"-, a, ADD", "a, a, SAME", "a, b, CONFLICT"})
    void anImmutableVersionIsAddedOnceAndAnotherContentIsAConflict(String stored, String incoming, RowMerge expected) {
        assertThat(decider.immutable(hash(stored), incoming)).isEqualTo(expected);
    }

    private static Optional<String> hash(String s) {
        return "-".equals(s) ? Optional.empty() : Optional.of(s);
    }
}
