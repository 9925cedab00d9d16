package com.logicheck.ui.templates;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ShownAs;
import com.logicheck.ui.templates.EditorRows.ItemRow;
import com.logicheck.ui.templates.EditorRows.RuleRow;
import com.logicheck.ui.templates.EditorRows.SectionRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The 模板编辑 view: three editable tables (项目 → 考评内容 → 扣分规则) over the view model's rows, the preview and
 * the checks. Keys on a table: Insert adds, Delete deletes (Ctrl+Z brings it back), Ctrl+↑/↓ moves the row.
 */
public final class TemplateEditorController implements Screen {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> RULE_TYPES = List.of("PER_OCCURRENCE", "PER_UNIT", "RANGE");
    private final TemplateEditorViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private Label headingLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Label scoreLabel;
    @FXML
    private TextField titleField;
    @FXML
    private TextField gradesField;
    @FXML
    private TextField sourceField;
    @FXML
    private ComboBox<ServiceLine> serviceLineBox;
    @FXML
    private ComboBox<NaPolicy> naPolicyBox;
    @FXML
    private TableView<SectionRow> sectionsTable;
    @FXML
    private TableView<ItemRow> itemsTable;
    @FXML
    private TableView<RuleRow> rulesTable;
    @FXML
    private ListView<SheetPreview.Line> previewList;
    @FXML
    private ListView<TemplateEditorViewModel.Finding> findingsList;
    @FXML
    private Button publishButton;
    @FXML
    private Button discardButton;
    @FXML
    private SplitPane split;

    public TemplateEditorController(TemplateEditorViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        scoreLabel.textProperty().bind(viewModel.scoreProperty());
        titleField.textProperty().bindBidirectional(viewModel.title);
        gradesField.textProperty().bindBidirectional(viewModel.grades);
        sourceField.textProperty().bindBidirectional(viewModel.source);
        serviceLineBox.setItems(FXCollections.observableArrayList(ServiceLine.values()));
        serviceLineBox.setConverter(ShownAs.text(messages::label));
        serviceLineBox.valueProperty().bindBidirectional(viewModel.serviceLine);
        naPolicyBox.setItems(FXCollections.observableArrayList(NaPolicy.values()));
        naPolicyBox.setConverter(ShownAs.text(messages::label));
        naPolicyBox.valueProperty().bindBidirectional(viewModel.naPolicy);
        var readOnly = viewModel.readOnlyProperty();
        for (Node n : List.of(titleField, gradesField, sourceField, naPolicyBox)) {
            n.disableProperty().bind(readOnly);
        }
        serviceLineBox.disableProperty().bind(viewModel.serviceLineLockedProperty());
        publishButton.disableProperty().bind(viewModel.publishableProperty().not());
        discardButton.disableProperty().bind(readOnly);
        setUpTables(readOnly.get());
        readOnly.addListener((o, was, now) -> setUpTables(now));
        setUpPreview();
        sectionsTable.setItems(viewModel.sections());
        sectionsTable.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            itemsTable.setItems(s == null ? FXCollections.observableArrayList() : s.items);
            itemsTable.getSelectionModel().selectFirst();
        });
        itemsTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> {
            rulesTable.setItems(i == null ? FXCollections.observableArrayList() : i.rules);
            rulesTable.getSelectionModel().selectFirst();
        });
        keys(sectionsTable, this::onAddSection, this::onDeleteSection, this::onSectionUp, this::onSectionDown);
        keys(itemsTable, this::onAddItem, this::onDeleteItem, this::onItemUp, this::onItemDown);
        keys(rulesTable, this::onAddOccurrence, this::onDeleteRule, () -> { }, () -> { });
        titleField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKey);
            } else if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, this::undoKey);
            }
        });
        viewModel.loadedProperty().addListener((o, was, now) -> {
            if (now && sectionsTable.getSelectionModel().isEmpty()) {
                sectionsTable.getSelectionModel().selectFirst();
            }
        });
        viewModel.load();
    }

    private void undoKey(KeyEvent e) {
        if (UNDO.match(e) && !(e.getTarget() instanceof TextInputControl)) {
            int s = sectionsTable.getSelectionModel().getSelectedIndex();
            int i = itemsTable.getSelectionModel().getSelectedIndex();
            viewModel.undo();
            select(s, i);
            e.consume();
        }
    }

    private void setUpTables(boolean readOnly) {
        sectionsTable.setEditable(!readOnly);
        itemsTable.setEditable(!readOnly);
        rulesTable.setEditable(!readOnly);
        sectionsTable.getColumns().setAll(List.of(
                text("editor.column.section", s -> s.title, 200),
                text("editor.column.subtotal", s -> s.subtotal, 70),
                computed("editor.column.itemCount", s -> Bindings.size(s.items).asString(), 60)));
        TableColumn<ItemRow, Boolean> na = new TableColumn<>(messages.get("editor.column.na"));
        na.setCellValueFactory(c -> c.getValue().naAllowed);
        na.setCellFactory(CheckBoxTableCell.forTableColumn(na));
        na.setPrefWidth(60);
        na.setEditable(!readOnly);
        itemsTable.getColumns().setAll(List.of(
                text("editor.column.code", i -> i.code, 50),
                text("editor.column.content", i -> i.content, 190),
                text("editor.column.requirement", i -> i.requirement, 230),
                text("editor.column.criteria", i -> i.criteria, 210),
                text("editor.column.points", i -> i.maxScore, 50), na,
                text("editor.column.remark", i -> i.remark, 120)));
        TableColumn<RuleRow, String> type = new TableColumn<>(messages.get("editor.column.ruleType"));
        type.setCellValueFactory(c -> c.getValue().type);
        type.setCellFactory(ChoiceBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : messages.get("editor.ruleType." + t);
            }

            @Override
            public String fromString(String s) {
                return RULE_TYPES.stream().filter(t -> messages.get("editor.ruleType." + t).equals(s)).findFirst().orElse(s);
            }
        }, FXCollections.observableArrayList(RULE_TYPES)));
        type.setPrefWidth(90);
        rulesTable.getColumns().setAll(List.of(type,
                text("editor.column.label", r -> r.label, 180),
                text("editor.column.rulePoints", r -> r.points, 60),
                text("editor.column.unit", r -> r.unit, 50),
                text("editor.column.unitSize", r -> r.unitSize, 50),
                text("editor.column.min", r -> r.min, 50),
                text("editor.column.max", r -> r.max, 50),
                text("editor.column.step", r -> r.step, 50)));
    }

    private <T> TableColumn<T, String> text(String key, Function<T, StringProperty> property, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private <T> TableColumn<T, String> computed(String key, Function<T, ObservableValue<String>> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setEditable(false);
        c.setPrefWidth(width);
        return c;
    }

    private void setUpPreview() {
        previewList.setItems(viewModel.previewLines());
        previewList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SheetPreview.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(EditorStyles.PREVIEW_SECTION, EditorStyles.PREVIEW_ITEM);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(line.section() ? EditorStyles.PREVIEW_SECTION : EditorStyles.PREVIEW_ITEM);
                setText(line.section() ? messages.get("editor.preview.sectionLine", line.text(), line.max(), line.earned())
                        : messages.get("editor.preview.itemLine", line.code(), line.text(), line.max(), line.answer(),
                        line.earned()));
            }
        });
        previewList.setOnMouseClicked(e -> viewModel.toggleSample(previewList.getSelectionModel().getSelectedItem()));
        previewList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                int at = previewList.getSelectionModel().getSelectedIndex();
                viewModel.toggleSample(previewList.getSelectionModel().getSelectedItem());
                previewList.getSelectionModel().select(at);
                e.consume();
            }
        });
        findingsList.setItems(viewModel.findings());
        findingsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateEditorViewModel.Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll(EditorStyles.FINDING_ERROR, EditorStyles.FINDING_WARNING);
                setWrapText(true);
                setPrefWidth(0);
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(f.error() ? EditorStyles.FINDING_ERROR : EditorStyles.FINDING_WARNING);
                setText((f.error() ? "✗ " : "! ") + f.text());
            }
        });
        findingsList.setOnMouseClicked(e -> {
            TemplateEditorViewModel.Finding f = findingsList.getSelectionModel().getSelectedItem();
            if (f != null && f.section() >= 0) {
                select(f.section(), f.item());
                (f.item() >= 0 ? itemsTable : sectionsTable).requestFocus();
            }
        });
    }

    private void select(int section, int item) {
        if (section >= 0 && section < viewModel.sections().size()) {
            sectionsTable.getSelectionModel().clearAndSelect(section);
            sectionsTable.scrollTo(section);
            if (item >= 0 && item < itemsTable.getItems().size()) {
                itemsTable.getSelectionModel().clearAndSelect(item);
                itemsTable.scrollTo(item);
            }
        }
    }

    private void keys(TableView<?> table, Runnable add, Runnable delete, Runnable up, Runnable down) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null || viewModel.readOnlyProperty().get()) {
                return;
            }
            if (e.getCode() == KeyCode.INSERT) {
                add.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.run();
            } else if (UP.match(e)) {
                up.run();
            } else if (DOWN.match(e)) {
                down.run();
            } else {
                return;
            }
            e.consume();
        });
    }

    private int section() {
        return sectionsTable.getSelectionModel().getSelectedIndex();
    }

    private int item() {
        return itemsTable.getSelectionModel().getSelectedIndex();
    }

    @FXML
    private void onAddSection() {
        int at = viewModel.addSection(section());
        select(at, 0);
        sectionsTable.requestFocus();
        sectionsTable.edit(at, sectionsTable.getColumns().get(0));
    }

    @FXML
    private void onDeleteSection() {
        int s = section();
        viewModel.deleteSection(s);
        select(Math.min(s, viewModel.sections().size() - 1), 0);
        viewModel.messageProperty().set(messages.get("editor.deleted"));
    }

    @FXML
    private void onSectionUp() {
        select(viewModel.moveSection(section(), -1), -1);
    }

    @FXML
    private void onSectionDown() {
        select(viewModel.moveSection(section(), 1), -1);
    }

    @FXML
    private void onAddItem() {
        int s = section();
        if (s < 0) {
            return;
        }
        int at = viewModel.addItem(s, item());
        select(s, at);
        itemsTable.requestFocus();
        itemsTable.edit(at, itemsTable.getColumns().get(1));
    }

    @FXML
    private void onDeleteItem() {
        int s = section();
        int i = item();
        viewModel.deleteItem(s, i);
        select(s, Math.min(i, itemsTable.getItems().size() - 1));
        viewModel.messageProperty().set(messages.get("editor.deleted"));
    }

    @FXML
    private void onItemUp() {
        int s = section();
        select(s, viewModel.moveItem(s, item(), -1));
    }

    @FXML
    private void onItemDown() {
        int s = section();
        select(s, viewModel.moveItem(s, item(), 1));
    }

    private void addRule(String type) {
        ItemRow row = itemsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            int at = viewModel.addRule(row, type);
            rulesTable.getSelectionModel().clearAndSelect(at);
            rulesTable.requestFocus();
            rulesTable.edit(at, rulesTable.getColumns().get(1));
        }
    }

    @FXML
    private void onAddOccurrence() {
        addRule("PER_OCCURRENCE");
    }

    @FXML
    private void onAddUnit() {
        addRule("PER_UNIT");
    }

    @FXML
    private void onAddRange() {
        addRule("RANGE");
    }

    @FXML
    private void onDeleteRule() {
        ItemRow row = itemsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.deleteRule(row, rulesTable.getSelectionModel().getSelectedIndex());
        }
    }

    @FXML
    private void onCriteria() {
        ItemRow row = itemsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.criteriaFromRules(row);
        }
    }

    @FXML
    private void onAllPass() {
        viewModel.samplesAllPass();
    }

    @FXML
    private void onClearSamples() {
        viewModel.samplesClear();
    }

    @FXML
    private void onPublish() {
        viewModel.publish();
    }

    @FXML
    private void onDiscard() {
        viewModel.discardDraft();
    }

    @FXML
    private void onSaveAs() {
        dialogs.askTitle(titleField.getScene().getWindow(), messages.get("editor.saveAs.header"),
                messages.get("editor.saveAs.suggestion", viewModel.title.get())).ifPresent(viewModel::saveAs);
    }

    @FXML
    private void onExport() {
        dialogs.save(titleField.getScene().getWindow(), FileKind.TEMPLATE_WORKBOOK, viewModel.title.get() + ".xlsx")
                .ifPresent(viewModel::exportTo);
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @Override
    public void shown() {
        sectionsTable.requestFocus();
    }
}
