package com.logicheck.ui.templates;

import com.logicheck.domain.ServiceLine;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.service.TemplateEditorService;
import com.logicheck.service.TemplateEditorService.TemplateListing;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 考核表模板: every template (built-in and own, enabled or not), its versions and how many sheets use each. */
public final class TemplateListViewModel {
    private final TemplateEditorService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** One template as a table row, every cell in words. */
    public record Row(String code, boolean builtIn, boolean enabled, boolean published, String title, String serviceLine,
                      String kind, String state, String version, String usage, String draft, boolean sealBox) {
    }

    public TemplateListViewModel(TemplateEditorService service, Messages messages, TaskExecutor executor,
                                 Navigator navigator, UUID actorId) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
    }

    public void refresh() {
        executor.submit(() -> service.listing(actorId), list -> rows.setAll(list.stream().map(this::row).toList()),
                Failures.shownIn(message, messages));
    }

    private Row row(TemplateListing e) {
        String usage = e.versions().stream().map(v -> messages.get("templates.usage", v.version(), v.sheets()))
                .collect(Collectors.joining(messages.get("templates.usage.separator")));
        return new Row(e.code(), e.builtIn(), e.enabled(), !e.versions().isEmpty(), e.title(), messages.label(e.serviceLine()),
                messages.get(e.builtIn() ? "templates.kind.builtIn" : "templates.kind.own"),
                messages.get(e.enabled() ? "templates.state.enabled" : "templates.state.disabled"),
                e.latest().map(v -> "v" + v.version()).orElse(Formats.NONE),
                usage.isEmpty() ? Formats.NONE : usage,
                e.hasDraft() ? messages.get("templates.draft.yes") : "", e.sealBox());
    }

    public void open(Row row) {
        if (row != null) {
            navigator.templateEditor(row.code());
        }
    }

    public void create(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        executor.submit(() -> service.create(title.strip(), ServiceLine.PROPERTY, actorId), navigator::templateEditor,
                Failures.shownIn(message, messages));
    }

    public void toggleEnabled(Row row) {
        if (row == null || !row.published()) {
            return;
        }
        executor.execute(() -> service.setEnabled(row.code(), !row.enabled(), actorId),
                Failures.shownIn(message, messages));
        message.set(messages.get(row.enabled() ? "templates.disabled" : "templates.enabled", row.title()));
        refresh();
    }

    /** 打印盖章栏: the template's sheets print (or stop printing) a box for the provider's seal. */
    public void setSealBox(Row row, boolean sealBox) {
        if (row == null || !row.published() || row.sealBox() == sealBox) {
            return;
        }
        executor.execute(() -> service.setSealBox(row.code(), sealBox, actorId), Failures.shownIn(message, messages));
        message.set(messages.get(sealBox ? "templates.seal.on" : "templates.seal.off", row.title()));
        refresh();
    }

    public void importFrom(Path file) {
        executor.submit(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return service.importWorkbook(in, file.getFileName().toString(), actorId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> {
            message.set(done.stream().map(i -> messages.get("cli.templates.imported." + i.action().name(), i.sheet(),
                    i.code(), i.version())).collect(Collectors.joining("；")));
            refresh();
        }, Failures.shownIn(message, messages));
    }

    public void exportTo(List<Row> chosen, Path file) {
        List<String> codes = chosen.stream().filter(Row::published).map(Row::code).toList();
        if (codes.isEmpty()) {
            return;
        }
        executor.submit(() -> written(file, service.exportWorkbook(codes.stream().map(service::latest).toList())),
                p -> message.set(messages.get("editor.exported", p)), Failures.shownIn(message, messages));
    }

    private static Path written(Path file, byte[] workbook) {
        AtomicFile.write(file, workbook, AtomicFile.Readers.SHARED);
        return file;
    }

    public void back() {
        navigator.home();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
