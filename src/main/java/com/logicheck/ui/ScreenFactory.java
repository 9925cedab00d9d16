package com.logicheck.ui;

import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.service.OrganisationSettings;
import com.logicheck.service.ReferenceFiles;
import com.logicheck.service.Session;
import com.logicheck.ui.WindowParts.Feature;
import com.logicheck.ui.account.AccountMenu;
import com.logicheck.ui.account.IdleLockModel;
import com.logicheck.ui.account.LockController;
import com.logicheck.ui.account.LogInController;
import com.logicheck.ui.account.LogInViewModel;
import com.logicheck.ui.account.SetupWizardController;
import com.logicheck.ui.account.SetupWizardViewModel;
import com.logicheck.ui.account.UsersController;
import com.logicheck.ui.account.UsersViewModel;
import com.logicheck.ui.assessment.AssessmentController;
import com.logicheck.ui.assessment.AssessmentViewModel;
import com.logicheck.ui.batchexport.BatchExportController;
import com.logicheck.ui.batchexport.BatchExportViewModel;
import com.logicheck.ui.checklist.ChecklistController;
import com.logicheck.ui.checklist.ChecklistViewModel;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import com.logicheck.ui.desk.DeskController;
import com.logicheck.ui.desk.DeskSession;
import com.logicheck.ui.desk.DeskViewModel;
import com.logicheck.ui.desk.OrderDetailModel;
import com.logicheck.ui.desk.OverdueNoticeModel;
import com.logicheck.ui.entries.ComplaintEntryController;
import com.logicheck.ui.entries.ComplaintEntryViewModel;
import com.logicheck.ui.entries.MonthEntries;
import com.logicheck.ui.entries.MonthEntriesController;
import com.logicheck.ui.entries.MonthInputsController;
import com.logicheck.ui.entries.MonthInputsViewModel;
import com.logicheck.ui.entries.ReliefEntryController;
import com.logicheck.ui.entries.ReliefEntryViewModel;
import com.logicheck.ui.entries.SurveyEntryController;
import com.logicheck.ui.entries.SurveyEntryViewModel;
import com.logicheck.ui.entries.SurveyExportImport;
import com.logicheck.ui.entries.VetoEntryController;
import com.logicheck.ui.entries.VetoEntryViewModel;
import com.logicheck.ui.home.HomeController;
import com.logicheck.ui.home.HomeViewModel;
import com.logicheck.ui.newinspection.NewInspectionController;
import com.logicheck.ui.newinspection.NewInspectionViewModel;
import com.logicheck.ui.plans.PlansController;
import com.logicheck.ui.plans.PlansViewModel;
import com.logicheck.ui.plans.RoutesController;
import com.logicheck.ui.plans.RoutesViewModel;
import com.logicheck.ui.rectify.RaiseOrdersController;
import com.logicheck.ui.rectify.RaiseOrdersViewModel;
import com.logicheck.ui.rectify.ServiceOrders;
import com.logicheck.ui.refdata.PlacesViewModel;
import com.logicheck.ui.refdata.ProvidersViewModel;
import com.logicheck.ui.refdata.RefDataStatus;
import com.logicheck.ui.refdata.ReferenceDataController;
import com.logicheck.ui.reports.ReportsController;
import com.logicheck.ui.reports.ReportsViewModel;
import com.logicheck.ui.settings.SettingsController;
import com.logicheck.ui.settings.SettingsViewModel;
import com.logicheck.ui.signing.SigningController;
import com.logicheck.ui.signing.SigningViewModel;
import com.logicheck.ui.summary.SheetActionsModel;
import com.logicheck.ui.summary.SummaryController;
import com.logicheck.ui.summary.SummaryViewModel;
import com.logicheck.ui.sync.ConflictsController;
import com.logicheck.ui.sync.ConflictsViewModel;
import com.logicheck.ui.sync.SyncController;
import com.logicheck.ui.sync.SyncServices;
import com.logicheck.ui.sync.SyncViewModel;
import com.logicheck.ui.templates.TemplateEditorController;
import com.logicheck.ui.templates.TemplateEditorViewModel;
import com.logicheck.ui.templates.TemplateListController;
import com.logicheck.ui.templates.TemplateListViewModel;
import com.logicheck.ui.verify.VerifyController;
import com.logicheck.ui.verify.VerifyViewModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The one place where screens are put together: each view model gets the services it needs, each controller
 * its view model, and the FXML loader receives that controller through its controller factory.
 */
public final class ScreenFactory {
    private final UiServices services;
    private final SignedSheetServices sheets;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final Dialogs dialogs;
    private final ViewLoader loader;
    private final WindowParts parts;
    private final AccountServices accounts;
    private final SyncServices sync;
    private final DeskServices desk;
    private final DeskSession deskSession = new DeskSession();
    private final OrganisationSettings settings;

    /** {@code parts}: the window's parts and which of them it offers (the home screen offers only those). */
    public ScreenFactory(UiServices services, SignedSheetServices sheets, WindowParts parts, TaskExecutor executor,
                         Navigator navigator) {
        this.parts = parts;
        this.accounts = parts.accounts();
        this.sync = parts.sync();
        this.desk = parts.desk();
        this.settings = parts.settings();
        this.services = services;
        this.sheets = sheets;
        this.executor = executor;
        this.navigator = navigator;
        this.dialogs = services.dialogs();
        this.loader = new ViewLoader(services.messages().bundle());
    }

    public View<HomeController> home() {
        HomeViewModel vm = new HomeViewModel(services.lists(), services.messages(), services.clock().getZone(),
                executor, navigator, services.currentUser().session().name());
        vm.allowTemplates(AccessPolicy.allows(services.currentUser().session().role(), Permission.EDIT_TEMPLATES));
        vm.allowReferenceData(parts.offers(Feature.REFERENCE_DATA));
        vm.allowSettings(parts.offers(Feature.SETTINGS));
        vm.showOrganisation(services.reference().organisationName());
        // the home controller takes no menu and no notice where the window does not offer accounts or the desk
        AccountMenu menu = !parts.offers(Feature.ACCOUNTS) ? null
                : new AccountMenu(accounts.accounts(), services.currentUser(), navigator, services.messages(), executor);
        OverdueNoticeModel notice = !parts.offers(Feature.DESK) ? null : new OverdueNoticeModel(desk.desk(),
                services.messages(), executor, navigator, services.clock().getZone(), deskSession);
        return loader.load("home.fxml", new HomeController(vm, services.messages(), menu, notice));
    }

    public View<NewInspectionController> newInspection() {
        return newInspection(null);
    }

    /** 新建检查 with {@code placeId} chosen once the places are loaded (null: none). */
    public View<NewInspectionController> newInspection(UUID placeId) {
        NewInspectionViewModel vm = new NewInspectionViewModel(services.inspectionService(), services.reference(),
                services.lists(), services.messages(), executor, navigator, services.currentUser().session().person());
        vm.choosePlaceWhenLoaded(placeId);
        var me = services.currentUser().session();
        if (AccessPolicy.refusal(me.role(), me.personId(), Permission.BACK_ENTER,
                AccessContext.draftOf(me.personId(), false)).isEmpty()) {
            vm.offerBackEntry(services.backEntries(), AccessPolicy.allows(me.role(), Permission.BACK_ENTER));
        }
        return loader.load("new-inspection.fxml", new NewInspectionController(vm, services.messages()));
    }

    public View<ChecklistController> checklist(UUID inspectionId, UUID focusItemId) {
        ChecklistViewModel vm = new ChecklistViewModel(services.inspectionService(), services.sheets(),
                services.photos(), services.messages(), executor, navigator,
                services.currentUser().session().personId(),
                inspectionId, focusItemId, services.backEntries());
        return loader.load("checklist.fxml", new ChecklistController(vm, services.messages(), dialogs));
    }

    public View<SummaryController> summary(UUID inspectionId) {
        SummaryViewModel vm = new SummaryViewModel(services.inspectionService(), services.sheets(),
                services.messages(), executor, navigator, services.currentUser().session().personId(), inspectionId);
        vm.signAfterFinish(settings == null || settings.signAfterFinish());
        SheetActionsModel actions = new SheetActionsModel(services.inspectionService(), sheets.signing(),
                sheets.export(), services.messages(), executor, navigator, sheets.opener(),
                services.currentUser().session().personId(), inspectionId, sheets.printer());
        return loader.load("summary.fxml", new SummaryController(vm, services.messages(), actions, dialogs));
    }

    public View<SigningController> signing(UUID inspectionId) {
        SigningViewModel vm = new SigningViewModel(services.inspectionService(), services.sheets(), sheets.signing(),
                services.messages(), executor, navigator, services.currentUser().session().personId(), inspectionId);
        return loader.load("signing.fxml", new SigningController(vm, services.messages(), dialogs));
    }

    public View<BatchExportController> batchExport() {
        BatchExportViewModel vm = new BatchExportViewModel(sheets.export(), services.inspectionService(),
                services.reference(), services.lists(), services.messages(), executor, navigator,
                YearMonth.now(services.clock()), sheets.printer());
        return loader.load("batch-export.fxml", new BatchExportController(vm, services.messages(), dialogs));
    }

    /** 月度报告: progress reported from the background reaches the screen through the FX thread. */
    public View<ReportsController> reports() {
        ReportsViewModel vm = new ReportsViewModel(sheets.reports(), services.reference(), services.messages(), executor,
                Platform::runLater, navigator, sheets.opener(), YearMonth.now(services.clock()));
        return loader.load("reports.fxml", new ReportsController(vm, dialogs));
    }

    public View<VerifyController> verify() {
        Session user = services.currentUser().session();
        VerifyViewModel vm = new VerifyViewModel(sheets.verify(), services.messages(), executor, navigator,
                services.clock().getZone(), user.personId(), user.role());
        return loader.load("verify.fxml", new VerifyController(vm, services.messages(), dialogs));
    }

    public View<TemplateListController> templates() {
        TemplateListViewModel vm = new TemplateListViewModel(services.templateEditor(), services.messages(), executor,
                navigator, services.currentUser().session().personId());
        return loader.load("templates.fxml", new TemplateListController(vm, services.messages(), dialogs));
    }

    public View<TemplateEditorController> templateEditor(String code) {
        TemplateEditorViewModel vm = new TemplateEditorViewModel(services.templateEditor(), services.messages(), executor,
                navigator, services.currentUser().session().personId(), code);
        return loader.load("template-editor.fxml", new TemplateEditorController(vm, services.messages(), dialogs));
    }

    public View<AssessmentController> assessment() {
        return assessment(null, null);
    }

    /** 月度考核 opened on a provider and month (null: the first provider, this month). */
    public View<AssessmentController> assessment(UUID providerId, YearMonth month) {
        AssessmentViewModel vm = new AssessmentViewModel(services.assessments(), services.reference(),
                services.currentUser(), services.messages(), executor, navigator, services.clock());
        vm.select(providerId, month);
        if (parts.offers(Feature.DESK)) {
            vm.planCompliance(desk.plans()::compliance);
        }
        return loader.load("assessment.fxml", new AssessmentController(vm, services.messages(), dialogs));
    }

    /** 本月录入 of a provider and month: four tabs, each its own view and view model over one {@link MonthEntries}. */
    public View<MonthEntriesController> monthEntries(UUID providerId, YearMonth month) {
        var e = services.entries();
        MonthEntries entries = new MonthEntries(services.assessments(), e.entries(), services.currentUser(),
                services.messages(), executor, navigator, providerId, month, LocalDate.now(services.clock()));
        var survey = loader.load("survey-entry.fxml", new SurveyEntryController(
                new SurveyEntryViewModel(entries, e.entries(), e.surveyForms()), entries, dialogs)
                .withExports(new SurveyExportImport(entries, e.surveyImports())));
        var complaints = loader.load("complaint-entry.fxml", new ComplaintEntryController(
                new ComplaintEntryViewModel(entries, e.entries()), entries, dialogs));
        var vetoes = loader.load("veto-entry.fxml", new VetoEntryController(
                new VetoEntryViewModel(entries, e.entries(), sheets.opener()), entries, dialogs));
        var reliefs = loader.load("relief-entry.fxml", new ReliefEntryController(
                new ReliefEntryViewModel(entries, e.entries(), services.clock().getZone()), entries, dialogs));
        var inputsModel = new MonthInputsViewModel(entries, e.entries(), e.monthInputs());
        var inputs = loader.load("month-inputs-entry.fxml", new MonthInputsController(inputsModel, entries));
        return loader.load("month-entries.fxml", new MonthEntriesController(entries, 0, survey.root(),
                complaints.root(), vetoes.root(), reliefs.root()).withInputs(inputs.root(), inputsModel::available));
    }

    /** 基础资料: both tabs share one status; 检查人 see it read-only (the service refuses their edits anyway). */
    public View<ReferenceDataController> referenceData() {
        Session user = services.currentUser().session();
        var status = new RefDataStatus(services.referenceData(), services.messages(), executor,
                navigator, user.personId(), AccessPolicy.allows(user.role(), Permission.EDIT_REFERENCE_DATA));
        var places = new PlacesViewModel(status, services.placeCodes(), sheets.opener());
        var providers = new ProvidersViewModel(status, YearMonth.now(services.clock()));
        return loader.load("reference-data.fxml", new ReferenceDataController(status, places,
                providers, services.messages(), dialogs));
    }

    public View<LogInController> logIn() {
        String organisation = services.reference().organisationName();
        LogInViewModel vm = new LogInViewModel(accounts.accounts(), services.currentUser(), organisation,
                services.messages(), executor, navigator);
        return loader.load("log-in.fxml", new LogInController(vm));
    }

    public View<SetupWizardController> setupWizard() {
        SetupWizardViewModel vm = new SetupWizardViewModel(accounts.setup(), accounts.join(), accounts.demo(),
                new ReferenceFiles(services.messages()), services.lists(), services.messages(), executor, navigator);
        return loader.load("setup-wizard.fxml", new SetupWizardController(vm, services.messages(), dialogs));
    }

    /** The 已锁定 overlay; {@code beforeLock} saves what the current screen has pending. */
    public View<LockController> lock(IdleLockModel model) {
        return loader.load("lock.fxml", new LockController(model));
    }

    public IdleLockModel idleLock(Runnable beforeLock) {
        return new IdleLockModel(accounts.accounts(), services.currentUser(), services.messages(), executor, navigator,
                accounts.clock(), accounts.session()::idleLimit, beforeLock);
    }

    /** 用户管理; the service refuses anyone but a 管理员, the home screen offers it to 管理员 only. */
    public View<UsersController> users() {
        UsersViewModel vm = new UsersViewModel(accounts.accounts(), accounts.session(), services.messages(), executor,
                navigator, services.currentUser().session().personId());
        return loader.load("users.fxml", new UsersController(vm, services.messages()));
    }

    public View<SyncController> sync() {
        SyncViewModel vm = new SyncViewModel(sync, services.messages(), executor, navigator,
                services.currentUser().session().person());
        return loader.load("sync.fxml", new SyncController(vm, services.messages(), dialogs));
    }

    public View<ConflictsController> syncConflicts() {
        ConflictsViewModel vm = new ConflictsViewModel(sync, services.messages(), executor, navigator, sheets.opener(),
                services.clock().getZone(), services.currentUser().session().personId());
        return loader.load("sync-conflicts.fxml", new ConflictsController(vm));
    }

    public View<DeskController> desk() {
        Person user = services.currentUser().session().person();
        DeskViewModel vm = new DeskViewModel(desk.desk(), services.reference(), services.messages(), executor,
                navigator, services.clock());
        OrderDetailModel detail = new OrderDetailModel(desk.steps(), desk.notices(), services.messages(), executor,
                navigator, sheets.opener(), services.clock(), user, vm::refresh, sheets.printer());
        return loader.load("desk.fxml", new DeskController(vm, detail, services.messages(), dialogs, navigator::plans));
    }

    /** 发整改通知单 of a sheet: raised through the one service call the CLI makes, signed like the desk's notices. */
    public View<RaiseOrdersController> raiseOrders(UUID inspectionId) {
        var orders = new ServiceOrders(desk.rectification(), desk.notices(), services.sheets(), services.messages());
        RaiseOrdersViewModel vm = new RaiseOrdersViewModel(orders, services.messages(), executor, navigator,
                sheets.opener(), services.currentUser().session().personId(), inspectionId);
        return loader.load("raise-orders.fxml", new RaiseOrdersController(vm, services.messages()));
    }

    public View<PlansController> plans() {
        PlansViewModel vm = new PlansViewModel(desk.plans(), services.reference(), services.messages(), executor,
                navigator, services.clock(), services.currentUser().session().person());
        RoutesViewModel routes = new RoutesViewModel(desk.routes(), services.reference(), services.messages(), executor,
                services.clock(), services.currentUser().session().person());
        Parent routesPart = loader.load("plan-routes.fxml", new RoutesController(routes, services.messages())).root();
        return loader.load("plans.fxml", new PlansController(vm, services.messages(), routesPart));
    }

    /** Whether this window offers 单位设置 (the home menu hides it otherwise). */
    public boolean hasSettings() {
        return parts.offers(Feature.SETTINGS);
    }

    /** 单位设置: 管理员 edit the organisation's name, logo and lock; anyone this laptop's language and sync folder. */
    public View<SettingsController> settings() {
        var vm = new SettingsViewModel(settings, services.messages(), executor, navigator,
                services.currentUser().session().personId(), services.clock().getZone(), settings.dataFolder());
        return loader.load("settings.fxml", new SettingsController(vm, services.messages(), dialogs));
    }
}
