package com.logicheck.ui.entries;

import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * 本月录入 view: the header with the month's total as it now computes, the four entry tabs (and 评议与分区 when the
 * scheme has panel scores, entered area parts or a typed rate), back to 月度考核.
 */
public final class MonthEntriesController implements Screen {
    private final MonthEntries month;
    private final Parent[] panes;
    private final int firstTab;
    private final Tab inputsTab = new Tab();
    private BooleanSupplier inputsAvailable = () -> false;
    @FXML
    private BorderPane root;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab surveyTab;
    @FXML
    private Tab complaintTab;
    @FXML
    private Tab vetoTab;
    @FXML
    private Tab reliefTab;
    @FXML
    private Label titleLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label totalLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Button backButton;

    /** {@code panes}: survey, complaints, vetoes, reliefs, already loaded; {@code firstTab} the one shown first. */
    public MonthEntriesController(MonthEntries month, int firstTab, Parent... panes) {
        this.month = month;
        this.panes = panes.clone();
        this.firstTab = firstTab;
    }

    /**
     * The 评议与分区 tab (panel scores, area parts, a typed rate): shown after the survey tab only while the month's
     * scheme has one of them ({@code available}, asked whenever the month is read again). Call before loading.
     */
    public MonthEntriesController withInputs(Parent pane, BooleanSupplier available) {
        inputsTab.setContent(pane);
        inputsTab.setId("inputsTab");
        this.inputsAvailable = available;
        return this;
    }

    @FXML
    private void initialize() {
        inputsTab.setText(month.messages().get("entries.tab.inputs"));
        month.stateProperty().addListener((o, a, s) -> {
            boolean shown = tabs.getTabs().contains(inputsTab);
            if (s != null && inputsAvailable.getAsBoolean() && !shown && inputsTab.getContent() != null) {
                tabs.getTabs().add(1, inputsTab);
            } else if ((s == null || !inputsAvailable.getAsBoolean()) && shown) {
                tabs.getTabs().remove(inputsTab);
            }
        });
        surveyTab.setContent(panes[0]);
        complaintTab.setContent(panes[1]);
        vetoTab.setContent(panes[2]);
        reliefTab.setContent(panes[3]);
        titleLabel.textProperty().bind(month.titleProperty());
        statusLabel.textProperty().bind(month.statusProperty());
        totalLabel.textProperty().bind(month.totalProperty());
        messageLabel.textProperty().bind(month.messageProperty());
        month.errorProperty().addListener((o, a, b) -> {
            messageLabel.getStyleClass().remove(Styles.ERROR_TEXT);
            if (b) {
                messageLabel.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        month.closedProperty().addListener((o, a, b) -> {
            statusLabel.getStyleClass().remove(Styles.ERROR_TEXT);
            if (b) {
                statusLabel.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        // Ctrl+1…4 switch tabs from anywhere on the screen
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode().isDigitKey()) {
                int i = e.getCode().ordinal() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD1.ordinal()
                        : KeyCode.DIGIT1.ordinal());
                if (i >= 0 && i < tabs.getTabs().size()) {
                    tabs.getSelectionModel().select(i);
                    e.consume();
                }
            }
        });
        tabs.getSelectionModel().select(Math.max(0, Math.min(firstTab, tabs.getTabs().size() - 1)));
        month.reload();
    }

    @FXML
    private void onBack() {
        month.back();
    }

    @Override
    public void shown() {
        tabs.requestFocus();
    }
}
