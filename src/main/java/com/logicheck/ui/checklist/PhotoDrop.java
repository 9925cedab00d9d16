package com.logicheck.ui.checklist;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Photos by drag and drop: files dropped on an item row are attached to that item (the row is selected first),
 * files dropped on the photo area to the item being edited. The store checks each file as for Ctrl+O.
 */
final class PhotoDrop {
    private PhotoDrop() {
    }

    static void install(ListView<ChecklistRow> list, Node photoArea, ChecklistViewModel viewModel) {
        list.setOnDragOver(PhotoDrop::accept);
        photoArea.setOnDragOver(PhotoDrop::accept);
        list.setOnDragDropped(e -> {
            ListCell<?> cell = cellUnder(e);
            if (cell != null && !cell.isEmpty()) {
                list.getSelectionModel().select(cell.getIndex());
            }
            drop(e, viewModel);
        });
        photoArea.setOnDragDropped(e -> drop(e, viewModel));
    }

    private static void accept(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private static void drop(DragEvent e, ChecklistViewModel viewModel) {
        List<Path> files = e.getDragboard().hasFiles()
                ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        if (!files.isEmpty()) {
            viewModel.attachPhotos(files);
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    private static ListCell<?> cellUnder(DragEvent e) {
        Node node = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (node != null && !(node instanceof ListCell<?>)) {
            node = node.getParent();
        }
        return (ListCell<?>) node;
    }
}
