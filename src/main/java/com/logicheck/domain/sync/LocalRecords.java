package com.logicheck.domain.sync;

import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What this laptop holds, as the record merge decider reads it before an incoming signed record is taken (ADR 0033).
 * The port lives in the domain so that the store's transaction ({@code persistence.RecordStore.Tx}) answers it itself:
 * persistence may depend on the domain, never on {@code sync}, and the decider stays testable with a fake.
 */
public interface LocalRecords {
    /** A record stored here: its content hash, and the file it came in (null: made here, not exported yet). */
    record Stored(String contentHash, String fileSha256) {
    }

    /** The person who signed a record, as this laptop knows them. */
    record Signer(Role role, UUID providerId) {
    }

    /** One closing of a provider-month here (CLOSED, REOPENED or SUPERSEDED). */
    record Closing(UUID id, String status, OffsetDateTime closedAt, LocalDate monthStart) {
    }

    Optional<Stored> stored(UUID recordId);

    Optional<Signer> signer(UUID personId);

    boolean orderExists(UUID orderId);

    boolean sheetExists(UUID inspectionId);

    boolean templateItemExists(UUID templateItemId);

    /** An order here that already holds one of these items of the sheet, if any. */
    Optional<UUID> orderHolding(UUID inspectionId, Collection<UUID> templateItemIds);

    /** The order, locked for the merge's transaction. */
    Optional<RectificationOrder> order(UUID orderId);

    boolean recordExists(UUID recordId);

    /** The last step of the order's lifecycle recorded here. */
    Optional<UUID> head(UUID orderId);

    /** Whether a person here kept this laptop's side against the record (ADR 0027). */
    boolean rejected(UUID recordId);

    /** Whether the provider, contract and assessment scheme version a closing names are here. */
    boolean referenceHere(UUID providerId, UUID contractId, UUID schemeVersionId);

    /** The provider-month's closings here, oldest first. */
    List<Closing> closings(UUID providerId, YearMonth month);

    /** One closing, locked for the merge's transaction. */
    Optional<Closing> closing(UUID closingId);

    /** Whether this record, with this content, is already listed as a conflict (open or decided). */
    boolean conflictListed(UUID recordId, String recordHash);
}
