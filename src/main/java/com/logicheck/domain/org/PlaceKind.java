package com.logicheck.domain.org;

/** Levels of the place tree: 院区/校区 → 楼栋 → 楼层 → 病区/片区/科室. */
public enum PlaceKind {
    SITE, BUILDING, FLOOR, AREA
}
