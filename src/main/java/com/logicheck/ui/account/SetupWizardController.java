package com.logicheck.ui.account;

import com.logicheck.i18n.Messages;
import com.logicheck.service.OrganisationJoin.Member;
import com.logicheck.ui.account.SetupWizardViewModel.PlaceRow;
import com.logicheck.ui.account.SetupWizardViewModel.ProviderRow;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.common.TextCell;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The 首次设置 view: one pane per step, a step bar, 上一步 / 下一步 / 完成; Ctrl+Enter = 下一步 (or 完成). */
public final class SetupWizardController implements Screen {
    static final String CURRENT_STEP = "setup-step-current";
    static final String DONE_STEP = "setup-step-done";
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> STEP_KEYS = List.of("setup.step.organisation", "setup.step.admin",
            "setup.step.places", "setup.step.providers", "setup.step.templates", "setup.step.finish");
    private final SetupWizardViewModel viewModel;
    private final Messages messages;
    private final Dialogs files;
    @FXML
    private BorderPane root;
    @FXML
    private HBox stepBar;
    @FXML
    private VBox organisationStep;
    @FXML
    private VBox adminStep;
    @FXML
    private VBox placesStep;
    @FXML
    private VBox providersStep;
    @FXML
    private VBox templatesStep;
    @FXML
    private VBox finishStep;
    @FXML
    private TextField organisationField;
    @FXML
    private ImageView logoView;
    @FXML
    private Label logoLabel;
    @FXML
    private Button clearLogoButton;
    @FXML
    private TextField adminNameField;
    @FXML
    private TextField adminLoginField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField repeatField;
    @FXML
    private TableView<PlaceRow> placeTable;
    @FXML
    private TableView<ProviderRow> providerTable;
    @FXML
    private VBox templateBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private CheckBox demoCheck;
    @FXML
    private Label messageLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button finishButton;
    @FXML
    private Button joinNowButton;
    @FXML
    private VBox joinStep;
    @FXML
    private Button joinFolderButton;
    @FXML
    private Label offerLabel;
    @FXML
    private VBox joinForm;
    @FXML
    private ListView<Member> peopleList;
    @FXML
    private TextField joinLoginField;
    @FXML
    private PasswordField joinPasswordField;
    @FXML
    private PasswordField joinRepeatField;

    public SetupWizardController(SetupWizardViewModel viewModel, Messages messages, Dialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < STEP_KEYS.size(); i++) {
            Label l = new Label(messages.get("setup.stepLabel", i + 1, messages.get(STEP_KEYS.get(i))));
            l.getStyleClass().add("setup-step-label");
            stepBar.getChildren().add(l);
        }
        organisationField.textProperty().bindBidirectional(viewModel.organisationProperty());
        logoLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.logoNameProperty().get().isEmpty() ? messages.get("setup.organisation.noLogo")
                        : viewModel.logoNameProperty().get(), viewModel.logoNameProperty()));
        viewModel.logoProperty().addListener((o, old, png) ->
                logoView.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        clearLogoButton.disableProperty().bind(viewModel.logoProperty().isNull());
        adminNameField.textProperty().bindBidirectional(viewModel.adminNameProperty());
        adminLoginField.textProperty().bindBidirectional(viewModel.adminLoginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        repeatField.textProperty().bindBidirectional(viewModel.repeatedProperty());
        placeTable.setItems(viewModel.places());
        placeTable.getColumns().setAll(List.of(
                column("setup.file.site", r -> r.site), column("setup.file.building", r -> r.building),
                column("setup.file.floor", r -> r.floor), column("setup.file.area", r -> r.area), checkColumn()));
        placeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextCell.sheet(placeTable, viewModel::addPlace, PlaceRow::stateProperty);
        providerTable.setItems(viewModel.providers());
        providerTable.getColumns().setAll(List.of(
                column("setup.file.providerName", (ProviderRow r) -> r.name),
                column("setup.file.providerShort", (ProviderRow r) -> r.shortName),
                column("setup.file.serviceLines", (ProviderRow r) -> r.lines), checkColumn()));
        providerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextCell.sheet(providerTable, viewModel::addProvider, ProviderRow::stateProperty);
        organisationField.setOnAction(e -> viewModel.next());
        adminNameField.setOnAction(e -> adminLoginField.requestFocus());
        adminLoginField.setOnAction(e -> passwordField.requestFocus());
        passwordField.setOnAction(e -> repeatField.requestFocus());
        repeatField.setOnAction(e -> viewModel.next());
        for (SetupWizardViewModel.TemplateChoice t : viewModel.templates()) {
            CheckBox box = new CheckBox(messages.get("setup.templates.item", t.title(), t.serviceLine()));
            box.selectedProperty().bindBidirectional(t.enabled());
            templateBox.getChildren().add(box);
        }
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        demoCheck.selectedProperty().bindBidirectional(viewModel.demoDataProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.messageGoodProperty().addListener((o, was, good) -> tone(good));
        tone(viewModel.messageGoodProperty().get());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        var step = viewModel.stepProperty();
        backButton.disableProperty().bind(step.isEqualTo(SetupWizardViewModel.ORGANISATION).or(viewModel.busyProperty()));
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        finishButton.managedProperty().bind(finishButton.visibleProperty());
        finishButton.disableProperty().bind(viewModel.busyProperty());
        step.addListener((o, old, now) -> showStep(now.intValue()));
        joinParts();
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(NEXT, this::nextOrFinish);
            } else if (old != null) {
                old.getAccelerators().remove(NEXT);
            }
        });
        showStep(step.get());
    }

    private <S> TableColumn<S, String> column(String key, Function<S, StringProperty> property) {
        TableColumn<S, String> c = new TableColumn<>(messages.get(key));
        TextCell.install(c, property);
        c.setPrefWidth(200);
        return c;
    }

    /** 检查: what the row's check says (✓, a duplicate, the reason it is refused), coloured with its row. */
    private <S extends SetupWizardViewModel.CheckedRow> TableColumn<S, String> checkColumn() {
        TableColumn<S, String> c = new TableColumn<>(messages.get("setup.row.check"));
        c.setCellValueFactory(d -> d.getValue().checkProperty());
        c.setEditable(false);
        c.setSortable(false);
        c.setPrefWidth(260);
        return c;
    }

    /** Success messages are green, refusals red. */
    private void tone(boolean good) {
        messageLabel.getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.OK_TEXT);
        messageLabel.getStyleClass().add(good ? Styles.OK_TEXT : Styles.ERROR_TEXT);
    }

    /** 加入已有单位: its pane replaces the steps while the wizard joins instead of making an organisation. */
    private void joinParts() {
        var joining = viewModel.joiningProperty();
        offerLabel.textProperty().bind(viewModel.offerTextProperty());
        peopleList.setItems(viewModel.people());
        peopleList.setCellFactory(TextFieldListCell.forListView(ShownAs.text(viewModel::memberText)));
        peopleList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            viewModel.joinForm().person.set(now);
            if (now != null && joinLoginField.getText().isBlank()) {
                joinLoginField.requestFocus();
            }
        });
        joinLoginField.textProperty().bindBidirectional(viewModel.joinForm().login);
        joinPasswordField.textProperty().bindBidirectional(viewModel.joinForm().password);
        joinRepeatField.textProperty().bindBidirectional(viewModel.joinForm().repeated);
        joinLoginField.setOnAction(e -> joinPasswordField.requestFocus());
        joinPasswordField.setOnAction(e -> joinRepeatField.requestFocus());
        joinRepeatField.setOnAction(e -> onJoinNow());
        joinForm.visibleProperty().bind(viewModel.offerProperty().isNotNull());
        joinForm.managedProperty().bind(joinForm.visibleProperty());
        stepBar.visibleProperty().bind(joining.not());
        backButton.visibleProperty().bind(joining.not());
        backButton.managedProperty().bind(backButton.visibleProperty());
        nextButton.visibleProperty().bind(viewModel.stepProperty().lessThan(SetupWizardViewModel.FINISH).and(joining.not()));
        finishButton.visibleProperty().bind(viewModel.stepProperty().isEqualTo(SetupWizardViewModel.FINISH)
                .and(joining.not()));
        joinNowButton.visibleProperty().bind(joining.and(viewModel.offerProperty().isNotNull()));
        joinNowButton.managedProperty().bind(joinNowButton.visibleProperty());
        joinNowButton.disableProperty().bind(viewModel.busyProperty());
        joining.addListener((o, was, now) -> showStep(viewModel.stepProperty().get()));
    }

    private void showStep(int step) {
        boolean joining = viewModel.joiningProperty().get();
        joinStep.setVisible(joining);
        List<VBox> panes = List.of(organisationStep, adminStep, placesStep, providersStep, templatesStep, finishStep);
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == step && !joining);
            Node label = stepBar.getChildren().get(i);
            label.getStyleClass().removeAll(CURRENT_STEP, DONE_STEP);
            label.getStyleClass().add(i == step ? CURRENT_STEP : i < step ? DONE_STEP : "setup-step-todo");
        }
        focusFirst(step);
    }

    private void focusFirst(int step) {
        if (viewModel.joiningProperty().get()) {
            (viewModel.offerProperty().get() == null ? joinFolderButton : peopleList).requestFocus();
            return;
        }
        switch (step) {
            case SetupWizardViewModel.ORGANISATION -> organisationField.requestFocus();
            case SetupWizardViewModel.ADMIN -> adminNameField.requestFocus();
            case SetupWizardViewModel.PLACES -> focusTable(placeTable);
            case SetupWizardViewModel.PROVIDERS -> focusTable(providerTable);
            case SetupWizardViewModel.FINISH -> finishButton.requestFocus();
            default -> nextButton.requestFocus();
        }
    }

    /** The keyboard starts in the first cell, so typing fills it at once. */
    private static <S> void focusTable(TableView<S> table) {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(0));
            table.getFocusModel().focus(0, table.getColumns().get(0));
        }
    }

    private void nextOrFinish() {
        if (viewModel.joiningProperty().get()) {
            onJoinNow();
        } else if (viewModel.stepProperty().get() == SetupWizardViewModel.FINISH) {
            viewModel.finish();
        } else {
            viewModel.next();
        }
    }

    @FXML
    private void onNext() {
        viewModel.next();
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @FXML
    private void onFinish() {
        viewModel.finish();
    }

    @FXML
    private void onStartJoin() {
        viewModel.startJoin();
    }

    @FXML
    private void onCancelJoin() {
        viewModel.cancelJoin();
    }

    @FXML
    private void onJoinFolder() {
        files.chooseFolder(root.getScene().getWindow(), FileKind.JOIN_FOLDER).ifPresent(viewModel::readFolder);
    }

    /** 加入: a signer this laptop does not trust yet is shown with its fingerprint, and the user confirms it first. */
    @FXML
    private void onJoinNow() {
        var offer = viewModel.offerProperty().get();
        if (offer == null) {
            return;
        }
        boolean confirmed = offer.trusted() || files.confirm(root.getScene().getWindow(), viewModel.signerQuestion());
        viewModel.joinNow(confirmed);
    }

    @FXML
    private void onChooseLogo() {
        files.open(root.getScene().getWindow(), FileKind.LOGO).ifPresent(viewModel::chooseLogo);
    }

    @FXML
    private void onClearLogo() {
        viewModel.clearLogo();
    }

    @FXML
    private void onAddPlace() {
        viewModel.addPlace();
        edit(placeTable);
    }

    @FXML
    private void onRemovePlace() {
        PlaceRow row = placeTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removePlace(row);
        }
    }

    @FXML
    private void onAddProvider() {
        viewModel.addProvider();
        edit(providerTable);
    }

    @FXML
    private void onRemoveProvider() {
        ProviderRow row = providerTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removeProvider(row);
        }
    }

    private static <S> void edit(TableView<S> table) {
        int last = table.getItems().size() - 1;
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(last, table.getColumns().get(0));
        table.scrollTo(last);
        table.edit(last, table.getColumns().get(0));
    }

    @FXML
    private void onImportPlaces() {
        files.open(root.getScene().getWindow(), FileKind.PLACE_TABLE).ifPresent(viewModel::importPlaces);
    }

    @FXML
    private void onImportProviders() {
        files.open(root.getScene().getWindow(), FileKind.PLACE_TABLE).ifPresent(viewModel::importProviders);
    }

    @FXML
    private void onExamples() {
        files.chooseFolder(root.getScene().getWindow(), FileKind.SETUP_FOLDER).ifPresent(viewModel::writeExamples);
    }

    @Override
    public void shown() {
        focusFirst(viewModel.stepProperty().get());
    }
}
