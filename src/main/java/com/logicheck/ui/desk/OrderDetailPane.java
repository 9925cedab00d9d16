package com.logicheck.ui.desk;

import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationSteps.Evidence;
import com.logicheck.ui.checklist.PhotoChooser;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Binds the desk's right pane (nodes of desk.fxml found by their fx:id) to {@link OrderDetailModel}: facts, photos as
 * thumbnails (a click opens the photo), the photos chosen for the next step (removable one by one,
 * {@link PendingPhotoTiles}), re-inspections, history, and the action buttons enabled by role and status.
 */
final class OrderDetailPane {
    private final OrderDetailModel model;
    private final Messages messages;
    private final PhotoChooser chooser;
    private final VBox root;

    OrderDetailPane(OrderDetailModel model, Messages messages, PhotoChooser chooser, VBox root) {
        this.model = model;
        this.messages = messages;
        this.chooser = chooser;
        this.root = root;
        Node body = find("detailBody");
        body.visibleProperty().bind(model.loadedProperty());
        body.managedProperty().bind(body.visibleProperty());
        Node placeholder = find("detailPlaceholder");
        placeholder.visibleProperty().bind(model.loadedProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        this.<Label>find("detailTitle").textProperty().bind(model.titleProperty());
        this.<Label>find("detailStatus").textProperty().bind(model.statusTextProperty());
        Label repeat = find("detailRepeat");
        repeat.visibleProperty().bind(model.repeatedProperty());
        repeat.managedProperty().bind(repeat.visibleProperty());
        this.<Label>find("detailFacts").textProperty().bind(model.factsProperty());
        this.<Label>find("detailItems").textProperty().bind(model.itemsProperty());
        this.<Label>find("detailPlan").textProperty().bind(model.planProperty());
        this.<Label>find("detailReport").textProperty().bind(model.reportProperty());
        this.<TextArea>find("noteArea").textProperty().bindBidirectional(model.noteProperty());
        this.<DatePicker>find("deadlinePicker").valueProperty().bindBidirectional(model.newDeadlineProperty());
        this.<PasswordField>find("passwordField").textProperty().bindBidirectional(model.passwordProperty());
        for (String id : new String[] {"roleHint", "doneLabel", "detailMessage", "detailLateness"}) {
            Label label = find(id);
            label.textProperty().bind(switch (id) {
                case "roleHint" -> model.roleHintProperty();
                case "doneLabel" -> model.doneProperty();
                case "detailMessage" -> model.messageProperty();
                default -> model.latenessProperty();
            });
            label.visibleProperty().bind(label.textProperty().isNotEmpty()); // an empty line takes no room
            label.managedProperty().bind(label.visibleProperty());
        }
        this.<Button>find("reportButton").disableProperty().bind(model.canReportProperty().not().or(model.busyProperty()));
        this.<Button>find("passButton").disableProperty().bind(model.canReinspectProperty().not().or(model.busyProperty()));
        this.<Button>find("failButton").disableProperty().bind(model.canReinspectProperty().not().or(model.busyProperty()));
        this.<Button>find("closeButton").disableProperty().bind(model.canCloseProperty().not().or(model.busyProperty()));
        this.<Button>find("signButton").disableProperty().bind(model.canSignProperty().not().or(model.busyProperty()));
        this.<Button>find("openNoticeButton").disableProperty().bind(model.hasNoticeProperty().not());
        this.<Button>find("addPhotoButton").disableProperty().bind(model.canReportProperty().not()
                .and(model.canReinspectProperty().not()));
        this.<ListView<String>>find("historyList").setItems(model.history());
        Label pending = find("pendingPhotosLabel");
        model.pendingPhotos().addListener((ListChangeListener<Path>) c -> pending.setText(
                model.pendingPhotos().isEmpty() ? "" : messages.get("desk.pendingPhoto.count", model.pendingPhotos().size())));
        new PendingPhotoTiles(find("pendingPhotoBox"), model.pendingPhotos(), model::removePhoto, messages,
                find("addPhotoButton"));
        FlowPane reportPhotos = find("reportPhotos");
        model.reportPhotos().addListener((ListChangeListener<Evidence>) c ->
                reportPhotos.getChildren().setAll(thumbnails(model.reportPhotos())));
        VBox reinspections = find("reinspectionBox");
        model.reinspections().addListener((ListChangeListener<OrderDetailModel.ReinspectionLine>) c -> drawReinspections(reinspections));
        drawReinspections(reinspections);
    }

    private void drawReinspections(VBox reinspections) {
        {
            reinspections.getChildren().clear();
            if (model.reinspections().isEmpty()) {
                Label none = new Label(messages.get("desk.detail.noReinspection"));
                none.getStyleClass().add("muted");
                reinspections.getChildren().add(none);
            }
            for (OrderDetailModel.ReinspectionLine line : model.reinspections()) {
                Label text = new Label(line.text());
                text.setWrapText(true);
                FlowPane photos = new FlowPane();
                photos.getStyleClass().add("desk-photos");
                photos.getChildren().setAll(thumbnails(line.photos()));
                reinspections.getChildren().addAll(text, photos);
            }
        }
    }

    void addPhotos() {
        model.addPhotos(chooser.choose(root.getScene() == null ? null : root.getScene().getWindow()));
    }

    private List<Node> thumbnails(List<Evidence> photos) {
        return photos.stream().map(p -> {
            ImageView view = new ImageView(new Image(p.thumbnail().toUri().toString(), 96, 96, true, true, true));
            view.getStyleClass().add("thumbnail");
            Label holder = new Label("", view);
            holder.setTooltip(new Tooltip(p.name()));
            holder.setOnMouseClicked(e -> model.openPhoto(p));
            return (Node) holder;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(String id) {
        Node n = root.lookup("#" + id);
        if (n == null) {
            throw new IllegalStateException("desk.fxml has no #" + id);
        }
        return (T) n;
    }
}
