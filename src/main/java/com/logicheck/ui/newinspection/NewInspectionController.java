package com.logicheck.ui.newinspection;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.i18n.Messages;
import com.logicheck.service.TemplateChoice;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.SnapshotBindings;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The 新建检查 form. The place list filters as you type; ↓ moves from the search field into the list, Enter
 * takes the first match and moves on to the templates, Enter on a template starts.
 */
public final class NewInspectionController implements Screen {
    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private final NewInspectionViewModel viewModel;
    private final Messages messages;
    @FXML
    private ComboBox<Provider> providerBox;
    @FXML
    private TextField placeFilterField;
    @FXML
    private ListView<Place> placeList;
    @FXML
    private Label chosenPlaceLabel;
    @FXML
    private ListView<TemplateChoice> templateList;
    @FXML
    private RadioButton fullRadio;
    @FXML
    private RadioButton spotRadio;
    @FXML
    private RadioButton patrolRadio;
    @FXML
    private ToggleGroup kindGroup;
    @FXML
    private Label inspectorLabel;
    @FXML
    private Label validationLabel;
    @FXML
    private Label errorLabel;
    @FXML
    private Button startButton;
    @FXML
    private CheckBox paperCheck;
    @FXML
    private HBox paperBox;
    @FXML
    private TextField paperDateField;
    @FXML
    private TextField paperTimeField;
    @FXML
    private ComboBox<Person> paperInspectorBox;

    public NewInspectionController(NewInspectionViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        providerBox.setItems(viewModel.providers());
        providerBox.setConverter(ShownAs.text(Provider::name));
        providerBox.valueProperty().bindBidirectional(viewModel.providerProperty());

        placeFilterField.textProperty().bindBidirectional(viewModel.placeFilterProperty());
        placeList.setItems(viewModel.places());
        placeList.setCellFactory(l -> cell(Place::path));
        placeList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                viewModel.placeProperty().set(p);
            }
        });
        chosenPlaceLabel.textProperty().bind(viewModel.placeProperty().map(p -> messages.get("new.place.chosen", p.path()))
                .orElse(messages.get("new.place.none")));
        placeFilterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !placeList.getItems().isEmpty()) {
                placeList.requestFocus();
                placeList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        placeFilterField.setOnAction(e -> {
            if (!placeList.getItems().isEmpty()) {
                placeList.getSelectionModel().selectFirst();
                templateList.requestFocus();
                e.consume();
            }
        });

        placeList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                templateList.requestFocus();
                e.consume();
            }
        });
        templateList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.start();
                e.consume();
            }
        });
        templateList.setItems(viewModel.templates());
        templateList.setCellFactory(l -> cell(viewModel::describe));
        templateList.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                viewModel.templateProperty().set(t);
            }
        });

        Map<Toggle, InspectionKind> kinds = Map.of(fullRadio, InspectionKind.FULL, spotRadio, InspectionKind.SPOT_CHECK,
                patrolRadio, InspectionKind.PATROL);
        kinds.forEach((toggle, kind) -> toggle.setSelected(kind == viewModel.kindProperty().get()));
        kindGroup.selectedToggleProperty().addListener((o, a, t) -> viewModel.kindProperty().set(kinds.get(t)));

        inspectorLabel.setText(viewModel.inspectorName());
        bindPaper();
        validationLabel.textProperty().bind(viewModel.validationProperty());
        viewModel.canStartProperty().addListener((o, was, ready) -> validationLabel.pseudoClassStateChanged(READY, ready));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        startButton.disableProperty().bind(viewModel.canStartProperty().not());
        viewModel.load();
    }

    /** 补录: the paper's date, time and inspector, enabled once 补录纸质表 is ticked; hidden when not offered. */
    private void bindPaper() {
        NewInspectionViewModel.PaperFields paper = viewModel.paperFields();
        SnapshotBindings.shownWhen(paperCheck, paper.offered());
        SnapshotBindings.shownWhen(paperBox, paper.offered());
        paperCheck.selectedProperty().bindBidirectional(paper.paper());
        paperBox.disableProperty().bind(paper.paper().not());
        paperDateField.textProperty().bindBidirectional(paper.date());
        paperTimeField.textProperty().bindBidirectional(paper.time());
        paperInspectorBox.setItems(paper.inspectors());
        paperInspectorBox.setConverter(ShownAs.text(Person::name));
        paperInspectorBox.valueProperty().bindBidirectional(paper.inspector());
        paperInspectorBox.setDisable(!viewModel.anyPaperInspector());
        paper.paper().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(paperDateField::requestFocus);
            }
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void onStart() {
        viewModel.start();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @Override
    public void shown() {
        (viewModel.providerProperty().get() == null ? providerBox : placeFilterField).requestFocus();
    }
}
