package com.logicheck.ui.refdata;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Contract;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceData.PlaceItem;
import com.logicheck.service.ReferenceData.ProviderEntry;
import com.logicheck.service.ReferenceData.SchemeChoice;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;

/** The 基础资料 view: 地点 tab (tree, search, edits) and 服务企业与合同 tab (list, names, contract, 考核办法). */
public final class ReferenceDataController implements Screen {
    private static final String INACTIVE = "refdata-inactive";
    private final RefDataStatus status;
    private final PlacesViewModel places;
    private final ProvidersViewModel providers;
    private final Messages messages;
    private final Dialogs files;
    @FXML private Button undoButton;
    @FXML private TextField placeSearch;
    @FXML private CheckBox showInactive;
    @FXML private TreeView<PlaceItem> placeTree;
    @FXML private Label placeSelected;
    @FXML private TextField placeName;
    @FXML private Button addChildButton;
    @FXML private Button renameButton;
    @FXML private Button addSiteButton;
    @FXML private Button activeButton;
    @FXML private Button deleteButton;
    @FXML private Button importPlacesButton;
    @FXML private Button reprintButton;
    @FXML private ListView<ProviderEntry> providerList;
    @FXML private TextField newProviderName;
    @FXML private TextField newProviderShort;
    @FXML private TextField newProviderLines;
    @FXML private Button addProviderButton;
    @FXML private Button importProvidersButton;
    @FXML private TextField providerName;
    @FXML private TextField providerShort;
    @FXML private Button saveProviderButton;
    @FXML private ChoiceBox<Contract> contractChoice;
    @FXML private TextField contractTitle;
    @FXML private FlowPane lineBoxes;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField feeField;
    @FXML private TextField bondField;
    @FXML private Button saveContractButton;
    @FXML private Label schemeLabel;
    @FXML private ChoiceBox<SchemeChoice> schemeChoice;
    @FXML private TextField fromMonthField;
    @FXML private Button attachButton;
    @FXML private Label messageLabel;

    public ReferenceDataController(RefDataStatus status, PlacesViewModel places, ProvidersViewModel providers,
                                   Messages messages, Dialogs files) {
        this.status = status;
        this.places = places;
        this.providers = providers;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        undoButton.textProperty().bind(status.undoTextProperty());
        undoButton.disableProperty().bind(status.undoableProperty().not());
        messageLabel.textProperty().bind(status.messageProperty());
        status.failedProperty().addListener((o, was, failed) -> {
            messageLabel.getStyleClass().removeAll(Styles.ERROR_TEXT, "status-text");
            messageLabel.getStyleClass().add(failed ? Styles.ERROR_TEXT : "status-text");
        });
        setUpPlaces();
        setUpProviders();
        if (!status.mayEdit()) {
            for (Node n : List.of(undoButton, placeName, addChildButton, renameButton, addSiteButton, activeButton,
                    deleteButton, importPlacesButton, reprintButton, newProviderName, newProviderShort, newProviderLines,
                    addProviderButton, importProvidersButton, saveProviderButton, saveContractButton, attachButton,
                    schemeChoice, fromMonthField)) {
                n.disableProperty().unbind();
                n.setDisable(true);
            }
            for (Node n : List.of(providerName, providerShort, contractTitle, feeField, bondField)) {
                ((TextField) n).setEditable(false);
            }
            startPicker.setEditable(false);
            endPicker.setEditable(false);
            lineBoxes.setDisable(true);
        }
        status.refreshAll();
    }

    private void setUpPlaces() {
        placeSearch.textProperty().bindBidirectional(places.filterProperty());
        showInactive.selectedProperty().bindBidirectional(places.showInactiveProperty());
        placeSelected.textProperty().bind(places.selectedTextProperty());
        placeName.textProperty().bindBidirectional(places.nameProperty());
        placeTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(PlaceItem e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove(INACTIVE);
                if (empty || e == null) {
                    setText(null);
                } else {
                    setText(e.active() ? e.place().name() : messages.get("refdata.places.inactiveMark", e.place().name()));
                    if (!e.active()) {
                        getStyleClass().add(INACTIVE);
                    }
                }
            }
        });
        places.shownProperty().addListener((o, a, shown) -> rebuildTree(shown));
        placeTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null) {
                places.selectedProperty().set(item.getValue());
            }
        });
        places.selectedProperty().addListener((o, a, e) -> {
            activeButton.setText(messages.get(e != null && !e.active() ? "refdata.places.activate" : "refdata.places.deactivate"));
            if (status.mayEdit()) {
                for (Button b : List.of(addChildButton, renameButton, activeButton, deleteButton)) {
                    b.setDisable(e == null);
                }
            }
        });
        for (Button b : List.of(addChildButton, renameButton, activeButton, deleteButton)) {
            b.setDisable(true);
        }
    }

    /** The tree from the shown entries (tree order: parents first), expanded while a search is typed. */
    private void rebuildTree(List<PlaceItem> shown) {
        UUID keep = places.selectedProperty().get() == null ? null : places.selectedProperty().get().place().id();
        Map<UUID, TreeItem<PlaceItem>> items = new HashMap<>();
        TreeItem<PlaceItem> root = new TreeItem<>();
        boolean searching = !places.filterProperty().get().isBlank();
        TreeItem<PlaceItem> reselect = null;
        for (PlaceItem e : shown) {
            TreeItem<PlaceItem> item = new TreeItem<>(e);
            item.setExpanded(searching || e.place().parentId() == null);
            items.put(e.place().id(), item);
            items.getOrDefault(e.place().parentId(), root).getChildren().add(item);
            if (e.place().id().equals(keep)) {
                reselect = item;
            }
        }
        placeTree.setRoot(root);
        if (reselect != null) {
            for (TreeItem<PlaceItem> up = reselect.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            placeTree.getSelectionModel().select(reselect);
        }
    }

    private void setUpProviders() {
        providerList.setItems(providers.providers());
        providerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProviderEntry p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.provider().name());
            }
        });
        providerList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                providers.selectedProperty().set(p);
            }
        });
        providers.selectedProperty().addListener((o, a, p) -> {
            if (providerList.getSelectionModel().getSelectedItem() != p) {
                providerList.getSelectionModel().select(p);
            }
        });
        providerName.textProperty().bindBidirectional(providers.nameProperty());
        providerShort.textProperty().bindBidirectional(providers.shortNameProperty());
        newProviderName.textProperty().bindBidirectional(providers.newNameProperty());
        newProviderShort.textProperty().bindBidirectional(providers.newShortProperty());
        newProviderLines.textProperty().bindBidirectional(providers.newLinesProperty());
        contractChoice.setItems(providers.contracts());
        contractChoice.setConverter(ShownAs.text(c -> messages.get("refdata.contract.choice", c.title(), c.startsOn().toString())));
        contractChoice.valueProperty().bindBidirectional(providers.contractProperty());
        contractTitle.textProperty().bindBidirectional(providers.titleProperty());
        for (ServiceLine l : ServiceLine.values()) {
            CheckBox box = new CheckBox(messages.label(l));
            box.setId("line" + l.name());
            box.selectedProperty().bindBidirectional(providers.lineProperty(l));
            lineBoxes.getChildren().add(box);
        }
        startPicker.valueProperty().bindBidirectional(providers.startsOnProperty());
        endPicker.valueProperty().bindBidirectional(providers.endsOnProperty());
        feeField.textProperty().bindBidirectional(providers.feeProperty());
        bondField.textProperty().bindBidirectional(providers.bondProperty());
        schemeLabel.textProperty().bind(providers.schemeTextProperty());
        schemeChoice.setItems(providers.schemes());
        schemeChoice.setConverter(ShownAs.text(s -> messages.get("refdata.scheme.choice", s.title(), s.version())));
        schemeChoice.valueProperty().bindBidirectional(providers.schemeProperty());
        fromMonthField.textProperty().bindBidirectional(providers.fromMonthProperty());
    }

    @FXML private void onUndo() {
        status.undo();
    }

    @FXML private void onHome() {
        status.home();
    }

    @FXML private void onAddSite() {
        places.addSite();
    }

    @FXML private void onAddChild() {
        places.addChild();
    }

    @FXML private void onRename() {
        places.rename();
    }

    @FXML private void onToggleActive() {
        places.toggleActive();
    }

    @FXML private void onDelete() {
        PlaceItem e = places.selectedProperty().get();
        if (e == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("refdata.places.deleteConfirm", e.place().path()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(deleteButton.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> places.delete());
    }

    /** 补打标签: asks (how many labels; the old ones stop counting), then where to save, then writes and opens it. */
    @FXML private void onReprint() {
        String question = places.reprintQuestion();
        if (question.isEmpty()) {
            return;
        }
        var owner = reprintButton.getScene().getWindow();
        if (files.confirm(owner, question)) {
            files.save(owner, FileKind.LABELS_PDF, places.reprintFileName()).ifPresent(places::reprint);
        }
    }

    @FXML private void onImportPlaces() {
        files.open(importPlacesButton.getScene().getWindow(), FileKind.PLACE_TABLE).ifPresent(places::importFile);
    }

    @FXML private void onAddProvider() {
        providers.add();
    }

    @FXML private void onImportProviders() {
        files.open(importProvidersButton.getScene().getWindow(), FileKind.PLACE_TABLE).ifPresent(providers::importFile);
    }

    @FXML private void onSaveProvider() {
        providers.saveProvider();
    }

    @FXML private void onSaveContract() {
        providers.saveContract();
    }

    @FXML private void onAttach() {
        providers.attachScheme();
    }

    @Override
    public void shown() {
        placeSearch.requestFocus();
    }
}
