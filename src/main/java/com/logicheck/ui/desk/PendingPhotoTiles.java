package com.logicheck.ui.desk;

import com.logicheck.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The photos chosen for the next 报告整改完成 or 复查, before it is saved: one thumbnail per photo with its file name and
 * a × button; a tile takes the keyboard focus (Tab, click) and Delete or Backspace removes the focused one, the focus
 * moving on to the next tile (or the previous, or {@code afterLast} when none is left).
 */
final class PendingPhotoTiles {
    static final String TILE = "desk-pending-photo";
    private final FlowPane box;
    private final ObservableList<Path> photos;
    private final Consumer<Path> remove;
    private final Messages messages;
    private final Node afterLast;

    PendingPhotoTiles(FlowPane box, ObservableList<Path> photos, Consumer<Path> remove, Messages messages, Node afterLast) {
        this.box = box;
        this.photos = photos;
        this.remove = remove;
        this.messages = messages;
        this.afterLast = afterLast;
        box.visibleProperty().bind(Bindings.isNotEmpty(photos));
        box.managedProperty().bind(box.visibleProperty());
        photos.addListener((ListChangeListener<Path>) c -> draw());
        draw();
    }

    private void draw() {
        int focused = focusedIndex();
        List<Node> tiles = photos.stream().map(this::tile).toList();
        box.getChildren().setAll(tiles);
        if (focused >= 0) {
            Node next = tiles.isEmpty() ? afterLast : tiles.get(Math.min(focused, tiles.size() - 1));
            next.requestFocus();
        }
    }

    /** The index of the tile that had the focus, if one had it (a removal keeps the focus on the tiles). */
    private int focusedIndex() {
        List<Node> tiles = box.getChildren();
        for (int i = 0; i < tiles.size(); i++) {
            Node f = box.getScene() == null ? null : box.getScene().getFocusOwner();
            for (Node n = f; n != null; n = n.getParent()) {
                if (n == tiles.get(i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Node tile(Path file) {
        String name = file.getFileName().toString();
        ImageView view = new ImageView(new Image(file.toUri().toString(), 96, 96, true, true, true));
        view.getStyleClass().add("thumbnail");
        Button x = new Button("×");
        x.getStyleClass().add("desk-pending-remove");
        x.setFocusTraversable(false);
        x.setTooltip(new Tooltip(messages.get("desk.pendingPhoto.remove", name)));
        x.setAccessibleText(messages.get("desk.pendingPhoto.remove", name));
        x.setOnAction(e -> remove.accept(file));
        StackPane picture = new StackPane(view, x);
        StackPane.setAlignment(x, Pos.TOP_RIGHT);
        picture.setMinSize(96, 96);
        Label caption = new Label(name);
        caption.getStyleClass().add("muted");
        caption.setMaxWidth(100);
        VBox tile = new VBox(picture, caption);
        tile.getStyleClass().add(TILE);
        tile.setFocusTraversable(true);
        tile.setAccessibleText(messages.get("desk.pendingPhoto.tile", name));
        Tooltip.install(tile, new Tooltip(messages.get("desk.pendingPhoto.tile", name)));
        tile.setOnMouseClicked(e -> tile.requestFocus());
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                remove.accept(file);
            }
        });
        return tile;
    }
}
