package com.logicheck.ui.entries;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.i18n.Messages;
import com.logicheck.service.SurveyImports;
import com.logicheck.service.SurveyImports.FileColumns;
import com.logicheck.service.SurveyImports.Preview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导入问卷星/问卷网…: the mapping dialog's model. The file's headers are read once; the columns start from the mapping
 * remembered for the scheme (or a guess from the header words the first time); every change of a column runs the
 * preview (how many answer sheets, the survey's score, the month's total with it) in the background, or lists every
 * bad cell by row and column. Importing stores all or nothing and remembers the mapping for the next time.
 */
public final class SurveyExportImport {
    /** The choice "no column" in each list. */
    public static final String NONE = "";
    private final MonthEntries month;
    private final SurveyImports imports;
    private final Messages m;
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final StringProperty score = new SimpleStringProperty(NONE);
    private final StringProperty category = new SimpleStringProperty(NONE);
    private final StringProperty respondent = new SimpleStringProperty(NONE);
    private final StringProperty kind = new SimpleStringProperty(NONE);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper existing = new ReadOnlyIntegerWrapper(0);
    private byte[] bytes;
    private String fileName = "";
    private boolean loading;

    public SurveyExportImport(MonthEntries month, SurveyImports imports) {
        this.month = month;
        this.imports = imports;
        this.m = month.messages();
        for (StringProperty p : List.of(score, category, respondent, kind)) {
            p.addListener((o, a, b) -> {
                if (!loading) {
                    refresh();
                }
            });
        }
    }

    /** Reads the export's headers and the remembered mapping, then {@code shown} (to open the dialog). */
    public void open(Path file, Runnable shown) {
        month.read(() -> {
            byte[] read;
            try {
                read = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DomainException(Problem.of("problem.surveyFile.unreadable", file.getFileName().toString()));
            }
            String name = file.getFileName().toString();
            return new Opened(read, name, imports.columns(read, name, month.providerId(), month.month()));
        }, opened -> {
            bytes = opened.bytes();
            fileName = opened.name();
            load(opened.columns());
            shown.run();
            refresh();
        });
    }

    private record Opened(byte[] bytes, String name, FileColumns columns) {
    }

    private void load(FileColumns c) {
        loading = true;
        headers.setAll(c.headers().stream().filter(h -> !h.isBlank()).toList());
        headers.add(0, NONE);
        SurveyColumns start = c.remembered().filter(r -> known(r.score()) && known(r.category())
                && known(r.respondent()) && known(r.kind())).orElseGet(this::guess);
        score.set(or(start.score()));
        category.set(or(start.category()));
        respondent.set(or(start.respondent()));
        kind.set(or(start.kind()));
        loading = false;
    }

    private boolean known(String header) {
        return header == null || headers.contains(header);
    }

    /** A first guess from the header words: a score question, the respondent's number, their identity. */
    private SurveyColumns guess() {
        return new SurveyColumns(first(h -> h.contains("评分") || h.contains("得分") || h.toLowerCase(Locale.ROOT)
                .contains("score")), null, first(h -> h.equals("序号") || h.equals("答卷编号")),
                first(h -> h.contains("身份") || h.contains("类别")));
    }

    private String first(Predicate<String> test) {
        return headers.stream().filter(h -> !h.isEmpty() && test.test(h)).findFirst().orElse(null);
    }

    private static String or(String s) {
        return s == null ? NONE : s;
    }

    /** The mapping as chosen. */
    public SurveyColumns columns() {
        return new SurveyColumns(score.get(), category.get(), respondent.get(), kind.get());
    }

    /** Runs the preview of the chosen mapping in the background. */
    public void refresh() {
        if (bytes == null) {
            return;
        }
        ready.set(false);
        preview.set(m.get("entries.export.previewing"));
        problems.set("");
        SurveyColumns chosen = columns();
        byte[] file = bytes;
        month.read(() -> {
            try {
                return imports.preview(file, fileName, month.providerId(), month.month(), chosen, true);
            } catch (DomainException e) {
                return e;
            }
        }, result -> {
            if (!chosen.equals(columns())) {
                return;
            }
            if (result instanceof DomainException e) {
                preview.set(m.get("entries.export.refused"));
                problems.set(m.problems(e));
            } else {
                show((Preview) result);
            }
        });
    }

    private void show(Preview p) {
        existing.set(p.existing());
        SurveyResult s = p.survey();
        String survey = s == null ? m.get("entries.export.noScore")
                : m.get("entries.export.score", s.mean().stripTrailingZeros().toPlainString(), s.dissatisfied(),
                s.dissatisfiedRate().stripTrailingZeros().toPlainString());
        String total = p.monthComplete() && p.monthTotal() != null
                ? m.get("entries.export.total", p.monthTotal().toPlainString()) : m.get("entries.export.incomplete");
        preview.set(m.get("entries.export.preview", p.responses(), fileName) + "\n" + survey + "\n" + total);
        ready.set(true);
    }

    /** Imports the file with the chosen mapping (replacing the month's responses when it has some); all or nothing. */
    public void importNow(Consumer<SurveyImports.Imported> done) {
        SurveyColumns chosen = columns();
        byte[] file = bytes;
        boolean replace = existing.get() > 0;
        month.change(actor -> imports.importExport(file, fileName, month.providerId(), month.month(), chosen,
                replace, actor), done, "entries.export.imported", fileName);
    }

    public String fileName() {
        return fileName;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty respondentProperty() {
        return respondent;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty existingProperty() {
        return existing.getReadOnlyProperty();
    }
}
