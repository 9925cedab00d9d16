package com.logicheck.ui;

import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationService;
import com.logicheck.service.RectificationSteps;
import com.logicheck.service.RouteService;

/**
 * What the desk (整改台账), its start-up notice and the inspection plans (层级检查) and routes (巡检路线) need besides {@link UiServices},
 * handed to {@link ScreenFactory} on its own so other features' screens do not change when these do.
 */
public record DeskServices(RectificationDeskService desk, RectificationSteps steps, RectificationNotices notices,
                           InspectionPlanService plans, RectificationService rectification,
                           RouteService routes) {
}
