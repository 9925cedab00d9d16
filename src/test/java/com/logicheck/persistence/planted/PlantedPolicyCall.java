package com.logicheck.persistence.planted;

import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Role;

/** A repository that asks the permission policy itself: planted, as {@link PlantedRoleCheck}. */
public final class PlantedPolicyCall {
    private PlantedPolicyCall() {
    }

    public static boolean mayEdit(Role role) {
        return AccessPolicy.allows(role, Permission.EDIT_PLANS);
    }
}
