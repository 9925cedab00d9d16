package com.logicheck.app.modules;

import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.service.InspectionPlanService;

/** 层级检查: inspection plans per level and what each level missed (ADR 0018, 0025); the assessment reads it too. */
public record PlansModule(InspectionPlanService service) {

    public static PlansModule build(SharedCore core) {
        return new PlansModule(new InspectionPlanService(
                new InspectionPlanRepository(core.database().dsl(), core.clock(), core.changeLog()),
                core.reference(), core.clock(), core.useCases()));
    }
}
