package com.logicheck.ui.plans;

import com.logicheck.domain.plan.Route;

/**
 * One point of a route in the routes table: the route (name, for whom, its 有效巡检率 on its first point's row), the
 * point (n. place) and how each of its windows fared on the chosen day or week; {@code short} = late or missed.
 */
public record RouteRow(Route route, String name, String person, String point, String windows, String rate,
                       boolean lateOrMissed) {
}
