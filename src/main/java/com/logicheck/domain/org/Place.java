package com.logicheck.domain.org;

import java.util.UUID;

/** A place in the tree; {@code path} is the readable full name, e.g. 东院区 / 3号楼 / 5层 / 心内科病区. */
public record Place(UUID id, UUID parentId, PlaceKind kind, String name, String path) {
}
