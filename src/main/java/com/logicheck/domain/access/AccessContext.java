package com.logicheck.domain.access;

import java.util.UUID;

/**
 * What an action touches, where the answer depends on it: whose account ("own account"), which provider's order, and
 * for the separation of duties (四眼原则) who took the step before this one. {@link #NONE} where the role alone
 * decides.
 *
 * @param accountOf         the account a password change is on
 * @param providerId        the provider whose order is reported fixed
 * @param fourEyes          whether the organisation's separation of duties is on (its setting; on by default)
 * @param requestedBy       who asked for the exemption or lodged the appeal being decided
 * @param reportedFixedBy   who entered the order's 整改完成 report being re-inspected
 * @param reinspectedBy     who passed the order's re-inspection, for its closing
 * @param anotherSupervisor whether another active supervisor (or administrator) could close the order instead
 * @param draftOf           whose draft sheet is written to (its 检查人)
 */
public record AccessContext(UUID accountOf, UUID providerId, boolean fourEyes, UUID requestedBy, UUID reportedFixedBy,
                            UUID reinspectedBy, boolean anotherSupervisor, UUID draftOf) {
    public static final AccessContext NONE = new AccessContext(null, null);

    public AccessContext(UUID accountOf, UUID providerId) {
        this(accountOf, providerId, false, null, null, null, false, null);
    }

    /** The action is on {@code personId}'s account (e.g. a password change). */
    public static AccessContext account(UUID personId) {
        return new AccessContext(personId, null);
    }

    /** The action is on something of {@code providerId}'s (e.g. reporting an order of theirs fixed). */
    public static AccessContext ofProvider(UUID providerId) {
        return new AccessContext(null, providerId);
    }

    /** 免扣审批 / 申诉裁决: deciding what {@code requester} asked for. */
    public static AccessContext decidingRequestOf(UUID requester, boolean fourEyes) {
        return new AccessContext(null, null, fourEyes, requester, null, null, false, null);
    }

    /** 复查: re-inspecting an order whose fix {@code reporter} entered (null: not reported by anyone here). */
    public static AccessContext reinspectingReportOf(UUID reporter, boolean fourEyes) {
        return new AccessContext(null, null, fourEyes, null, reporter, null, false, null);
    }

    /** 关闭整改: closing an order {@code reinspector} passed; {@code anotherSupervisor} could close it instead. */
    public static AccessContext closingReinspectionOf(UUID reinspector, boolean anotherSupervisor, boolean fourEyes) {
        return new AccessContext(null, null, fourEyes, null, null, reinspector, anotherSupervisor, null);
    }

    /** Writing to {@code inspector}'s draft sheet (answers, photos, 完成, 退回草稿). */
    public static AccessContext draftOf(UUID inspector, boolean fourEyes) {
        return new AccessContext(null, null, fourEyes, null, null, null, false, inspector);
    }
}
