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
import com.logicheck.ui.batchexport.BatchExportController;
import com.logicheck.ui.batchexport.BatchExportViewModel;
import com.logicheck.ui.signing.SigningController;
import com.logicheck.ui.signing.SigningViewModel;
import com.logicheck.ui.summary.SheetActionsModel;
import com.logicheck.ui.verify.VerifyController;
import com.logicheck.ui.verify.VerifyViewModel;
import com.logicheck.domain.org.Person;
import com.logicheck.ui.desk.DeskController;
import com.logicheck.ui.desk.DeskSession;
import com.logicheck.ui.desk.DeskViewModel;
import com.logicheck.ui.desk.OrderDetailModel;
import com.logicheck.ui.desk.OverdueNoticeModel;
import com.logicheck.ui.plans.PlansController;
import com.logicheck.ui.plans.PlansViewModel;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The one place where screens are put together: each view model gets the services it needs, each controller
 * its view model, and the FXML loader receives that controller through its controller factory.
 */
public final class ScreenFactory {
    private final UiServices services;
    private final SignedSheetServices sheets;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final PhotoChooser photoChooser;
    private final ViewLoader loader;
    private final DeskServices desk;
    private final DeskSession deskSession = new DeskSession();

    public ScreenFactory(UiServices services, SignedSheetServices sheets, TaskExecutor executor, Navigator navigator,
                         PhotoChooser photoChooser) {
        this(services, sheets, null, executor, navigator, photoChooser);
    }

    /** {@code desk} null: no desk, no start-up overdue notice, no plans (screens of tests that do not need them). */
    public ScreenFactory(UiServices services, SignedSheetServices sheets, DeskServices desk, TaskExecutor executor,
                         Navigator navigator, PhotoChooser photoChooser) {
        this.desk = desk;
        this.services = services;
        this.sheets = sheets;
        this.executor = executor;
        this.navigator = navigator;
        this.photoChooser = photoChooser;
        this.loader = new ViewLoader(services.messages().bundle());
    }

    public View<HomeController> home() {
        HomeViewModel vm = new HomeViewModel(services.inspections(), services.messages(), services.clock().getZone(),
                executor, navigator, services.currentUser().get().name());
        OverdueNoticeModel notice = desk == null ? null : new OverdueNoticeModel(desk.desk(), services.messages(),
                executor, navigator, services.clock().getZone(), deskSession);
        return loader.load("home.fxml", new HomeController(vm, services.messages(), notice));
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
        SheetActionsModel actions = new SheetActionsModel(services.inspectionService(), sheets.signing(),
                sheets.export(), services.messages(), executor, navigator, sheets.opener(),
                services.currentUser().get().id(), inspectionId);
        return loader.load("summary.fxml", new SummaryController(vm, services.messages(), actions, sheets.dialogs()));
    }

    // --- signing screens ---

    public View<SigningController> signing(UUID inspectionId) {
        SigningViewModel vm = new SigningViewModel(services.inspectionService(), services.reference(), sheets.signing(),
                services.messages(), executor, navigator, services.currentUser().get().id(), inspectionId);
        return loader.load("signing.fxml", new SigningController(vm, services.messages(), sheets.dialogs()));
    }

    public View<BatchExportController> batchExport() {
        BatchExportViewModel vm = new BatchExportViewModel(sheets.export(), services.inspectionService(),
                services.reference(), services.templates(), services.messages(), executor, navigator,
                YearMonth.now(services.clock()));
        return loader.load("batch-export.fxml", new BatchExportController(vm, services.messages(), sheets.dialogs()));
    }

    public View<VerifyController> verify() {
        var user = services.currentUser().get();
        VerifyViewModel vm = new VerifyViewModel(sheets.verify(), services.messages(), executor, navigator,
                services.clock().getZone(), user.id(), user.role());
        return loader.load("verify.fxml", new VerifyController(vm, services.messages(), sheets.dialogs()));
    }

    public View<AssessmentController> assessment() {
        AssessmentViewModel vm = new AssessmentViewModel(services.assessments(), services.reference(),
                services.currentUser(), services.messages(), executor, navigator, services.clock());
        return loader.load("assessment.fxml", new AssessmentController(vm, services.messages()));
    }

    // --- desk ---

    public View<DeskController> desk() {
        Person user = services.currentUser().get();
        DeskViewModel vm = new DeskViewModel(desk.desk().desk(), services.reference(), services.messages(), executor,
                navigator, services.clock());
        OrderDetailModel detail = new OrderDetailModel(desk.steps(), desk.notices(), services.messages(), executor,
                navigator, sheets == null ? file -> { } : sheets.opener(), services.clock(), user, vm::refresh);
        return loader.load("desk.fxml", new DeskController(vm, detail, services.messages(), photoChooser, navigator::plans));
    }

    public View<PlansController> plans() {
        PlansViewModel vm = new PlansViewModel(desk.plans(), services.reference(), services.messages(), executor,
                navigator, services.clock(), services.currentUser().get());
        return loader.load("plans.fxml", new PlansController(vm, services.messages()));
    }
}
