package com.logicheck.domain.plan;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** 巡检点: one place of a route and its windows of the day, earliest first (每班两次 = two windows). */
public record RoutePoint(UUID placeId, List<TimeWindow> windows) {
    public RoutePoint {
        windows = windows == null ? List.of()
                : windows.stream().sorted(Comparator.comparingInt(TimeWindow::startMinute)).toList();
    }
}
