package com.logicheck.ui;

import com.logicheck.ui.assessment.AssessmentController;
import com.logicheck.ui.assessment.AssessmentViewModel;
import com.logicheck.ui.checklist.ChecklistController;
import com.logicheck.ui.checklist.ChecklistViewModel;
import com.logicheck.ui.checklist.PhotoChooser;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import com.logicheck.ui.home.HomeController;
import com.logicheck.ui.home.HomeViewModel;
import com.logicheck.ui.newinspection.NewInspectionController;
import com.logicheck.ui.newinspection.NewInspectionViewModel;
import com.logicheck.ui.summary.SummaryController;
import com.logicheck.ui.summary.SummaryViewModel;
import java.util.UUID;

/**
 * The one place where screens are put together: each view model gets the services it needs, each controller
 * its view model, and the FXML loader receives that controller through its controller factory.
 */
public final class ScreenFactory {
    private final UiServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final PhotoChooser photoChooser;
    private final ViewLoader loader;

    public ScreenFactory(UiServices services, TaskExecutor executor, Navigator navigator, PhotoChooser photoChooser) {
        this.services = services;
        this.executor = executor;
        this.navigator = navigator;
        this.photoChooser = photoChooser;
        this.loader = new ViewLoader(services.messages().bundle());
    }

    public View<HomeController> home() {
        HomeViewModel vm = new HomeViewModel(services.inspections(), services.messages(), services.clock().getZone(),
                executor, navigator, services.currentUser().get().name());
        return loader.load("home.fxml", new HomeController(vm, services.messages()));
    }

    public View<NewInspectionController> newInspection() {
        NewInspectionViewModel vm = new NewInspectionViewModel(services.inspectionService(), services.reference(),
                services.templates(), services.messages(), executor, navigator, services.currentUser().get());
        return loader.load("new-inspection.fxml", new NewInspectionController(vm, services.messages()));
    }

    public View<ChecklistController> checklist(UUID inspectionId, UUID focusItemId) {
        ChecklistViewModel vm = new ChecklistViewModel(services.inspectionService(), services.reference(),
                services.photos(), services.messages(), executor, navigator, services.currentUser().get().id(),
                inspectionId, focusItemId);
        return loader.load("checklist.fxml", new ChecklistController(vm, services.messages(), photoChooser));
    }

    public View<SummaryController> summary(UUID inspectionId) {
        SummaryViewModel vm = new SummaryViewModel(services.inspectionService(), services.reference(),
                services.messages(), executor, navigator, services.currentUser().get().id(), inspectionId);
        return loader.load("summary.fxml", new SummaryController(vm, services.messages()));
    }

    public View<AssessmentController> assessment() {
        AssessmentViewModel vm = new AssessmentViewModel(services.assessments(), services.reference(),
                services.currentUser(), services.messages(), executor, navigator, services.clock());
        return loader.load("assessment.fxml", new AssessmentController(vm, services.messages()));
    }
}
