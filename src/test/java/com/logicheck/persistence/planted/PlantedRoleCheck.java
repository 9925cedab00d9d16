package com.logicheck.persistence.planted;

import com.logicheck.domain.org.Role;

/** A repository that decides by role: planted to show that {@code persistenceHoldsNoRoleCheck} catches it. */
public final class PlantedRoleCheck {
    private PlantedRoleCheck() {
    }

    public static boolean mayClose(Role role) {
        return role.mayActAs(Role.SUPERVISOR);
    }
}
