package com.logicheck.ui.desk;

import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationSteps.Evidence;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.SnapshotBindings;
import com.logicheck.ui.common.WhyDisabled;
import com.logicheck.ui.desk.OrderDetailModel.Shown;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
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
    private final Dialogs chooser;
    private final VBox root;

    OrderDetailPane(OrderDetailModel model, Messages messages, Dialogs chooser, VBox root) {
        this.model = model;
        this.messages = messages;
        this.chooser = chooser;
        this.root = root;
        ReadOnlyObjectProperty<Shown> shown = model.shownProperty();
        SnapshotBindings.shownWhen(find("detailBody"), model.loadedProperty());
        SnapshotBindings.shownWhen(find("detailPlaceholder"), model.loadedProperty().not());
        SnapshotBindings.text(find("detailTitle"), shown, Shown::title);
        SnapshotBindings.text(find("detailStatus"), shown, Shown::statusText);
        SnapshotBindings.shownWhen(find("detailRepeat"), SnapshotBindings.flag(shown, Shown::repeated));
        SnapshotBindings.text(find("detailFacts"), shown, Shown::facts);
        SnapshotBindings.text(find("detailItems"), shown, Shown::items);
        SnapshotBindings.text(find("detailPlan"), shown, Shown::plan);
        SnapshotBindings.text(find("detailReport"), shown, Shown::report);
        this.<TextArea>find("noteArea").textProperty().bindBidirectional(model.noteProperty());
        this.<DatePicker>find("deadlinePicker").valueProperty().bindBidirectional(model.newDeadlineProperty());
        this.<PasswordField>find("passwordField").textProperty().bindBidirectional(model.passwordProperty());
        SnapshotBindings.shownWhenNotEmpty(find("roleHint"), shown, Shown::roleHint); // an empty line takes no room
        SnapshotBindings.shownWhenNotEmpty(find("doneLabel"), model.doneProperty(), s -> s);
        SnapshotBindings.shownWhenNotEmpty(find("detailMessage"), model.messageProperty(), s -> s);
        SnapshotBindings.shownWhenNotEmpty(find("detailLateness"), shown, Shown::lateness);
        BooleanBinding canReport = SnapshotBindings.flag(shown, Shown::canReport);
        BooleanBinding canReinspect = SnapshotBindings.flag(shown, Shown::canReinspect);
        this.<Button>find("reportButton").disableProperty().bind(canReport.not().or(model.busyProperty()));
        this.<Button>find("passButton").disableProperty().bind(canReinspect.not().or(model.busyProperty()));
        this.<Button>find("failButton").disableProperty().bind(canReinspect.not().or(model.busyProperty()));
        this.<Button>find("closeButton").disableProperty().bind(SnapshotBindings.flag(shown, Shown::canClose).not()
                .or(model.busyProperty()));
        this.<Button>find("signButton").disableProperty().bind(SnapshotBindings.flag(shown, Shown::canSign).not()
                .or(model.busyProperty()));
        this.<Button>find("openNoticeButton").disableProperty().bind(SnapshotBindings.flag(shown, Shown::hasNotice).not());
        this.<Button>find("printNoticeButton").disableProperty().bind(SnapshotBindings.flag(shown, Shown::hasNotice).not()
                .or(model.busyProperty()));
        WhyDisabled.explain(find("stepActions"), Bindings.createStringBinding(() -> shown.get().roleHint(), shown));
        this.<Button>find("addPhotoButton").disableProperty().bind(canReport.not().and(canReinspect.not()));
        this.<ListView<String>>find("historyList").itemsProperty().bind(Bindings.createObjectBinding(
                () -> FXCollections.observableArrayList(shown.get().history()), shown));
        Label pending = find("pendingPhotosLabel");
        model.pendingPhotos().addListener((ListChangeListener<Path>) c -> pending.setText(
                model.pendingPhotos().isEmpty() ? "" : messages.get("desk.pendingPhoto.count", model.pendingPhotos().size())));
        new PendingPhotoTiles(find("pendingPhotoBox"), model.pendingPhotos(), model::removePhoto, messages,
                find("addPhotoButton"));
        FlowPane reportPhotos = find("reportPhotos");
        VBox reinspections = find("reinspectionBox");
        shown.addListener((o, was, now) -> {
            reportPhotos.getChildren().setAll(thumbnails(now.reportPhotos()));
            drawReinspections(reinspections, now.reinspections());
        });
        drawReinspections(reinspections, shown.get().reinspections());
    }

    private void drawReinspections(VBox reinspections, List<OrderDetailModel.ReinspectionLine> lines) {
        {
            reinspections.getChildren().clear();
            if (lines.isEmpty()) {
                Label none = new Label(messages.get("desk.detail.noReinspection"));
                none.getStyleClass().add("muted");
                reinspections.getChildren().add(none);
            }
            for (OrderDetailModel.ReinspectionLine line : lines) {
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
        model.addPhotos(chooser.openMany(root.getScene() == null ? null : root.getScene().getWindow(), FileKind.PHOTOS));
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
