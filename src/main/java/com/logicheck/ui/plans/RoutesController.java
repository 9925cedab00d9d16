package com.logicheck.ui.plans;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Choice;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Notice;
import com.logicheck.ui.common.SnapshotBindings;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * 巡检路线 part of the plans screen: day (or week), the routes' points with each window's status, the summary with the
 * 有效巡检率, and the route form (新建路线, 保存路线, 结束路线) — read-only for inspectors.
 */
public final class RoutesController {
    static final String SHORT_ROW = "plans-missed";
    private final RoutesViewModel viewModel;
    private final Columns columns;
    @FXML
    private DatePicker dayPicker;
    @FXML
    private CheckBox weekCheck;
    @FXML
    private Label routesSummary;
    @FXML
    private TableView<RouteRow> routeTable;
    @FXML
    private VBox routeEditor;
    @FXML
    private TextField routeNameField;
    @FXML
    private ComboBox<Choice<Person>> routePersonBox;
    @FXML
    private ComboBox<Choice<ResponsibilityLevel>> routeLevelBox;
    @FXML
    private ComboBox<Choice<Provider>> routeProviderBox;
    @FXML
    private TextArea routePointsArea;
    @FXML
    private Button newRouteButton;
    @FXML
    private Button saveRouteButton;
    @FXML
    private Button endRouteButton;
    @FXML
    private Label routeMessage;

    public RoutesController(RoutesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.columns = new Columns(messages);
    }

    @FXML
    private void initialize() {
        dayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        weekCheck.selectedProperty().bindBidirectional(viewModel.weekProperty());
        routesSummary.textProperty().bind(viewModel.summary());
        routeNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        routePersonBox.setItems(viewModel.people());
        routePersonBox.valueProperty().bindBidirectional(viewModel.personProperty());
        routeLevelBox.setItems(viewModel.levels());
        routeLevelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        routeProviderBox.setItems(viewModel.providers());
        routeProviderBox.valueProperty().bindBidirectional(viewModel.providerProperty());
        routePointsArea.textProperty().bindBidirectional(viewModel.pointsProperty());
        boolean readOnly = !viewModel.canEdit();
        routeEditor.setDisable(readOnly);
        newRouteButton.setDisable(readOnly);
        saveRouteButton.setDisable(readOnly);
        endRouteButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(routeEditor.disableProperty()));
        SnapshotBindings.text(routeMessage, viewModel.notice(), Notice::text);
        viewModel.notice().addListener((o, a, b) -> {
            routeMessage.getStyleClass().removeAll("error-text", "status-text");
            routeMessage.getStyleClass().add(b.failure() ? "error-text" : "status-text");
        });
        routeTable.getColumns().setAll(List.of(
                column("routes.column.route", RouteRow::name, 110),
                column("routes.column.person", RouteRow::person, 90),
                column("routes.column.point", RouteRow::point, 200),
                column("routes.column.windows", RouteRow::windows, 380),
                column("routes.column.rate", RouteRow::rate, 90)));
        routeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        routeTable.setItems(viewModel.rows());
        routeTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty().set(b));
        routeTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RouteRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(SHORT_ROW);
                if (!empty && item != null && item.lateOrMissed()) {
                    getStyleClass().add(SHORT_ROW);
                }
            }
        });
        viewModel.start();
    }

    private TableColumn<RouteRow, String> column(String key, Function<RouteRow, String> value, double width) {
        return Columns.withTooltips(columns.text(key, value, width));
    }

    @FXML
    private void onNewRoute() {
        viewModel.newRoute();
        routeNameField.requestFocus();
    }

    @FXML
    private void onSaveRoute() {
        viewModel.save();
    }

    @FXML
    private void onEndRoute() {
        viewModel.endSelected();
    }
}
