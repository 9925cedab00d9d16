package com.logicheck.ui.home;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.account.AccountMenu;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.desk.OverdueNoticeModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * The 首页 view: the menu bar to every screen (grouped, with mnemonics and accelerators, ADR 0024), two tables and the
 * 新建检查 button; Enter or a double-click opens a sheet, Ctrl+N starts a new one.
 */
public final class HomeController implements Screen {
    private final HomeViewModel viewModel;
    private final Messages messages;
    @FXML
    private TableView<HomeViewModel.Row> draftsTable;
    @FXML
    private TableView<HomeViewModel.Row> recentTable;
    @FXML
    private Button newButton;
    @FXML
    private Label userLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private MenuBar homeMenuBar;
    @FXML
    private MenuItem templatesItem;
    @FXML
    private MenuItem referenceDataItem;
    @FXML
    private MenuItem deskItem;
    @FXML
    private MenuItem plansItem;
    @FXML
    private MenuItem settingsItem;
    @FXML
    private MenuItem lockItem;
    @FXML
    private SeparatorMenuItem lockSeparator;
    @FXML
    private Label organisationLabel;
    @FXML
    private HBox accountBox;
    private final AccountMenu accountMenu;

    private final OverdueNoticeModel overdue;
    @FXML
    private HBox overdueBanner;
    @FXML
    private Label overdueHeadline;
    @FXML
    private Label overdueLines;

    public HomeController(HomeViewModel viewModel, Messages messages) {
        this(viewModel, messages, null, null);
    }

    /** {@code accountMenu}: the logged-in person's menu; null without accounts. */
    public HomeController(HomeViewModel viewModel, Messages messages, AccountMenu accountMenu) {
        this(viewModel, messages, accountMenu, null);
    }

    /** {@code overdue}: the start-up notice of orders overdue since the last session; null hides it and the desk. */
    public HomeController(HomeViewModel viewModel, Messages messages, OverdueNoticeModel overdue) {
        this(viewModel, messages, null, overdue);
    }

    public HomeController(HomeViewModel viewModel, Messages messages, AccountMenu accountMenu,
                          OverdueNoticeModel overdue) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.accountMenu = accountMenu;
        this.overdue = overdue;
    }

    @FXML
    private void initialize() {
        setUp(draftsTable, viewModel);
        setUp(recentTable, viewModel);
        draftsTable.setItems(viewModel.drafts());
        recentTable.setItems(viewModel.recent());
        userLabel.textProperty().bind(viewModel.userProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        templatesItem.visibleProperty().bind(viewModel.templatesAllowedProperty());
        referenceDataItem.visibleProperty().bind(viewModel.referenceDataAllowedProperty());
        settingsItem.visibleProperty().bind(viewModel.settingsAllowedProperty());
        organisationLabel.textProperty().bind(viewModel.organisationProperty());
        var menu = accountMenu == null ? null : accountMenu.button();
        if (menu != null) {
            accountBox.getChildren().add(menu);
            userLabel.setVisible(false);
            userLabel.setManaged(false);
        }
        lockItem.setVisible(menu != null);
        lockSeparator.setVisible(menu != null);
        viewModel.drafts().addListener((ListChangeListener<HomeViewModel.Row>) c -> {
            if (!viewModel.drafts().isEmpty() && draftsTable.getSelectionModel().isEmpty()) {
                draftsTable.getSelectionModel().selectFirst();
                draftsTable.requestFocus();
            }
        });
        viewModel.refresh();
        setUpOverdueNotice();
    }

    private void setUpOverdueNotice() {
        deskItem.setVisible(overdue != null);
        plansItem.setVisible(overdue != null);
        HomeMenus.hideEmpty(homeMenuBar);
        if (overdue == null) {
            return;
        }
        overdueBanner.visibleProperty().bind(overdue.visibleProperty());
        overdueBanner.managedProperty().bind(overdue.visibleProperty());
        overdueHeadline.textProperty().bind(overdue.headlineProperty());
        overdueLines.textProperty().bind(overdue.linesProperty());
        overdue.start();
    }

    @FXML
    private void onDesk() {
        viewModel.desk();
    }

    @FXML
    private void onOverdueOpen() {
        overdue.openDesk();
    }

    @FXML
    private void onOverdueDismiss() {
        overdue.dismiss();
    }

    /** 到点: 未到点确认 in the warning colour, the reason as the cell's tooltip (issue 16). */
    private static TableColumn<HomeViewModel.Row, String> presence(TableColumn<HomeViewModel.Row, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                HomeViewModel.Row row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                setTooltip(row == null ? null : new Tooltip(row.presenceTip()));
                getStyleClass().remove(Styles.ERROR_TEXT);
                if (row != null && !row.present()) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        return column;
    }

    private void setUp(TableView<HomeViewModel.Row> table, HomeViewModel vm) {
        Columns columns = new Columns(messages);
        table.getColumns().setAll(List.of(
                Columns.withTooltips(columns.text("home.column.template", HomeViewModel.Row::template, 230)),
                columns.text("home.column.number", HomeViewModel.Row::number, 150),
                Columns.withTooltips(columns.text("home.column.provider", HomeViewModel.Row::provider, 150)),
                Columns.withTooltips(columns.text("home.column.place", HomeViewModel.Row::place, 200)),
                columns.text("home.column.inspector", HomeViewModel.Row::inspector, 70),
                Columns.withTooltips(columns.text("home.column.kind", HomeViewModel.Row::kind, 100)),
                columns.text("home.column.date", HomeViewModel.Row::date, 130),
                columns.text("home.column.score", HomeViewModel.Row::score, 60),
                columns.text("home.column.grade", HomeViewModel.Row::grade, 60),
                columns.text("home.column.status", HomeViewModel.Row::statusText, 70),
                presence(columns.text("home.column.presence", HomeViewModel.Row::presence, 90))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<HomeViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
    }

    @FXML
    private void onTemplates() {
        viewModel.templates();
    }

    @FXML
    private void onReferenceData() {
        viewModel.referenceData();
    }

    @FXML
    private void onAssessment() {
        viewModel.assessment();
    }

    @FXML
    private void onReports() {
        viewModel.reports();
    }

    @FXML
    private void onBackups() {
        viewModel.backups();
    }

    @FXML
    private void onNew() {
        viewModel.newInspection();
    }

    @FXML
    private void onBatchExport() {
        viewModel.batchExport();
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }

    @FXML
    private void onSync() {
        viewModel.sync();
    }

    @FXML
    private void onPlans() {
        viewModel.plans();
    }

    @FXML
    private void onSettings() {
        viewModel.settings();
    }

    @FXML
    private void onLock() {
        viewModel.lock();
    }

    @Override
    public void shown() {
        if (viewModel.drafts().isEmpty()) {
            newButton.requestFocus();
        } else {
            draftsTable.requestFocus();
        }
    }
}
