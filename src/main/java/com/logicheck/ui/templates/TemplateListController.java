package com.logicheck.ui.templates;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.FileKind;
import com.logicheck.ui.common.Screen;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The 考核表模板 view: a table of templates; Enter or a double-click opens one in the editor. */
public final class TemplateListController implements Screen {
    private final TemplateListViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    @FXML
    private TableView<TemplateListViewModel.Row> table;
    @FXML
    private Button toggleButton;
    @FXML
    private Button openButton;
    @FXML
    private CheckBox sealBox;
    @FXML
    private Label messageLabel;

    public TemplateListController(TemplateListViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Columns columns = new Columns(messages);
        table.getColumns().setAll(List.of(
                columns.text("templates.column.title", TemplateListViewModel.Row::title, 300),
                columns.text("templates.column.serviceLine", TemplateListViewModel.Row::serviceLine, 100),
                columns.text("templates.column.kind", TemplateListViewModel.Row::kind, 70),
                columns.text("templates.column.state", TemplateListViewModel.Row::state, 70),
                columns.text("templates.column.version", TemplateListViewModel.Row::version, 80),
                columns.text("templates.column.usage", TemplateListViewModel.Row::usage, 260),
                columns.text("templates.column.draft", TemplateListViewModel.Row::draft, 120)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(viewModel.rows());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<TemplateListViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            toggleButton.setText(messages.get(row != null && !row.enabled() ? "templates.enable" : "templates.disable"));
            toggleButton.setDisable(row == null || !row.published());
            openButton.setDisable(row == null);
            sealBox.setSelected(row != null && row.sealBox());
            sealBox.setDisable(row == null || !row.published());
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.rows().addListener((ListChangeListener<TemplateListViewModel.Row>) c -> {
            if (!viewModel.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        viewModel.refresh();
    }

    @FXML
    private void onOpen() {
        viewModel.open(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onCreate() {
        dialogs.askTitle(table.getScene().getWindow(), messages.get("templates.create.header"), "")
                .ifPresent(viewModel::create);
    }

    @FXML
    private void onToggle() {
        viewModel.toggleEnabled(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onSealBox() {
        viewModel.setSealBox(table.getSelectionModel().getSelectedItem(), sealBox.isSelected());
    }

    @FXML
    private void onImport() {
        dialogs.open(table.getScene().getWindow(), FileKind.TEMPLATE_WORKBOOK).ifPresent(viewModel::importFrom);
    }

    @FXML
    private void onExport() {
        List<TemplateListViewModel.Row> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty()) {
            String name = (chosen.size() == 1 ? chosen.get(0).title() : messages.get("templates.title")) + ".xlsx";
            dialogs.save(table.getScene().getWindow(), FileKind.TEMPLATE_WORKBOOK, name).ifPresent(f -> viewModel.exportTo(chosen, f));
        }
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @Override
    public void shown() {
        table.requestFocus();
    }
}
