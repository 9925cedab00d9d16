package com.logicheck.domain.access;

import com.logicheck.domain.org.Role;
import java.util.Objects;
import java.util.UUID;

/**
 * The person taking an action (操作人), as read inside the use case's transaction: who, in which role, whether the
 * account is active, and for a provider's contact the provider they speak for.
 */
public record Actor(UUID id, String name, Role role, boolean active, UUID providerId) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
    }
}
