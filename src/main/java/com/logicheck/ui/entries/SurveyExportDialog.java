package com.logicheck.ui.entries;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog of 导入问卷星/问卷网…: which column is the score or the category, the respondent and the respondent's kind
 * (started from the mapping remembered for the scheme), the preview of the import, every bad cell listed; 导入 is
 * enabled only when the preview found nothing wrong. Keyboard: Tab between the lists, Enter imports, Esc cancels.
 */
final class SurveyExportDialog {
    private SurveyExportDialog() {
    }

    static void show(Window owner, SurveyExportImport model, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("entries.export.title"));
        dialog.setHeaderText(m.get("entries.export.header", model.fileName()));
        ButtonType importType = new ButtonType(m.get("entries.export.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(ViewLoader.themeUrl());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ComboBox<String> first = row(grid, 0, m.get("entries.export.col.score"), "exportScoreBox",
                model.scoreProperty(), model, m);
        row(grid, 1, m.get("entries.export.col.category"), "exportCategoryBox", model.categoryProperty(), model, m);
        row(grid, 2, m.get("entries.export.col.respondent"), "exportRespondentBox", model.respondentProperty(),
                model, m);
        row(grid, 3, m.get("entries.export.col.kind"), "exportKindBox", model.kindProperty(), model, m);
        Label hint = new Label(m.get("entries.export.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label preview = new Label();
        preview.setId("exportPreview");
        preview.getStyleClass().add("strong");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        Label replace = new Label();
        replace.getStyleClass().add("muted");
        replace.setWrapText(true);
        replace.textProperty().bind(model.existingProperty().asString().map(n -> "0".equals(n) ? ""
                : m.get("entries.export.replaces", n)));
        TextArea problems = new TextArea();
        problems.setId("exportProblems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(6);
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        VBox box = new VBox(10, hint, grid, preview, replace, problems);
        box.setPrefWidth(620);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(importType).disableProperty().bind(model.readyProperty().not());
        Platform.runLater(first::requestFocus);
        dialog.showAndWait().filter(b -> b == importType).ifPresent(b -> model.importNow(done -> { }));
    }

    private static ComboBox<String> row(GridPane grid, int index, String label, String id, StringProperty value,
                                        SurveyExportImport model, Messages m) {
        ComboBox<String> box = new ComboBox<>(model.headers());
        box.setId(id);
        box.setPrefWidth(420);
        box.setConverter(ShownAs.text(h -> h == null || h.isEmpty() ? m.get("entries.export.noColumn") : h));
        box.valueProperty().bindBidirectional(value);
        grid.addRow(index, new Label(label), box);
        return box;
    }
}
