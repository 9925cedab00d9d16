package com.logicheck.domain.org;

import java.util.UUID;

/** A person known to the organisation; provider contacts carry their provider's id. */
public record Person(UUID id, String name, Role role, UUID providerId) {
}
