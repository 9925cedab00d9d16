package com.logicheck.app.modules;

import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.persistence.RouteRepository;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.RouteService;

/**
 * 层级检查: inspection plans per level and what each level missed (ADR 0018, 0025); the assessment reads it too. 巡检路线:
 * routes with time windows and their 有效巡检率 (issue 16 item 4).
 */
public record PlansModule(InspectionPlanService service, RouteService routes) {

    public static PlansModule build(SharedCore core) {
        return new PlansModule(new InspectionPlanService(
                new InspectionPlanRepository(core.database().dsl(), core.clock(), core.changeLog()),
                core.reference(), core.clock(), core.useCases()),
                new RouteService(new RouteRepository(core.database().dsl(), core.clock(), core.changeLog()),
                        core.reference(), core.clock(), core.useCases()));
    }
}
