package com.logicheck.domain.access;

import java.util.UUID;

/**
 * What an action touches, where the answer depends on it: whose account ("own account") or which provider's order.
 * {@link #NONE} where the role alone decides.
 */
public record AccessContext(UUID accountOf, UUID providerId) {
    public static final AccessContext NONE = new AccessContext(null, null);

    /** The action is on {@code personId}'s account (e.g. a password change). */
    public static AccessContext account(UUID personId) {
        return new AccessContext(personId, null);
    }

    /** The action is on something of {@code providerId}'s (e.g. reporting an order of theirs fixed). */
    public static AccessContext ofProvider(UUID providerId) {
        return new AccessContext(null, providerId);
    }
}
