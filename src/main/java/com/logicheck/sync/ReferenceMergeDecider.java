package com.logicheck.sync;

import com.logicheck.persistence.ReferenceSyncRepository;
import com.logicheck.persistence.ReferenceSyncRepository.RowMerge;
import java.util.Optional;

/**
 * 基础数据三方合并的判定 (ADR 0019): what happens to one row of a received reference-data package, from content hashes
 * alone. A mutable row (place, provider, person, contract, scheme link) is merged three-way against its base — the
 * content this laptop last received or sent: unknown here → added; equal → the same; the incoming side equal to the
 * base (nothing new there) → ours stays; our side equal to the base (changed only there) → updated; both changed →
 * a conflict for a person. Template and scheme versions are immutable: a known id with other content is a conflict.
 * Nothing is silently overwritten. Pure, so the rules are tested without a database; the repository writes.
 */
public final class ReferenceMergeDecider implements ReferenceSyncRepository.Rules {

    @Override
    public RowMerge mutable(Optional<String> here, Optional<String> base, String incoming) {
        if (here.isEmpty()) {
            return RowMerge.ADD;
        }
        if (here.get().equals(incoming)) {
            return RowMerge.SAME;
        }
        if (base.isPresent() && base.get().equals(incoming)) {
            return RowMerge.KEEP_OURS;
        }
        if (base.isPresent() && base.get().equals(here.get())) {
            return RowMerge.UPDATE;
        }
        return RowMerge.CONFLICT;
    }

    @Override
    public RowMerge immutable(Optional<String> stored, String incoming) {
        if (stored.isEmpty()) {
            return RowMerge.ADD;
        }
        return stored.get().equals(incoming) ? RowMerge.SAME : RowMerge.CONFLICT;
    }
}
