package com.logicheck.ui.entries;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.files.AtomicFile;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.service.SurveyForms;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 满意度调查 tab: responses typed one per line (category, optional name, score; Enter stores it at once and the next
 * line starts with the same category), each score checked against the scheme's range before anything is stored;
 * Delete takes a response back and Ctrl+Z undoes the last add or delete. The blank Excel form and its import live
 * here too. The line under the table is the survey as the assessment computes it (trimmed mean, dissatisfied).
 */
public final class SurveyEntryViewModel extends MonthEntryViewModel<SurveyEntryViewModel.Row> {
    private final SurveyForms forms;
    private final Line line = new Line();
    private final ReadOnlyStringWrapper scoreError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final Deque<Undo> undo = new ArrayDeque<>();

    /** The typing line: category (it stays for the next line), optional name, score. */
    public record Line(ObjectProperty<RespondentKind> kind, StringProperty respondent, StringProperty score) {
        Line() {
            this(new SimpleObjectProperty<>(RespondentKind.STAFF), new SimpleStringProperty(""),
                    new SimpleStringProperty(""));
        }
    }

    /** One stored response as the table shows it. */
    public record Row(UUID id, int number, RespondentKind kind, String kindLabel, String respondent, String score,
                      boolean dissatisfied) {
    }

    private record Undo(SurveyResponse response, boolean wasAdded) {
    }

    public SurveyEntryViewModel(MonthEntries month, AssessmentEntries entries, SurveyForms forms) {
        super(month, entries);
        this.forms = forms;
        line.score().addListener((o, a, b) -> scoreError.set(""));
    }

    @Override
    protected void show(MonthState s) {
        SurveyRule r = s.input().scheme().survey();
        boolean hasSurvey = r != null && s.input().scheme().component(ComponentKind.SURVEY).isPresent();
        available.set(hasSurvey);
        if (!hasSurvey) {
            rows().clear();
            headline(m.get("entries.survey.none"));
            summary.set("");
            return;
        }
        headline(m.get("entries.survey.rule", Scores.format(r.maxScore()), r.dropHighest(), r.dropLowest(),
                r.minRespondents(), Scores.format(r.dissatisfiedBelow()), r.staffPanel(), r.studentPanel()));
        List<SurveyResponse> responses = s.input().survey();
        int[] n = {0};
        rows().setAll(responses.stream().map(x -> new Row(x.id(), ++n[0], x.kind(), m.label(x.kind()), x.respondent(),
                Scores.normalise(x.score()).toPlainString(), r.dissatisfied(x.score()))).toList());
        SurveyResult result = s.live().components().stream().filter(c -> c.kind() == ComponentKind.SURVEY)
                .map(ComponentResult::survey).filter(Objects::nonNull).findFirst().orElse(null);
        if (result == null) {
            summary.set(m.get("entries.survey.tooFew", responses.size(), r.minRespondents()));
        } else {
            summary.set(m.get("entries.survey.summary", result.respondents(), result.staff(), result.students(),
                    list(result.droppedHighest()), list(result.droppedLowest()), result.kept(),
                    Scores.normalise(result.mean()).toPlainString(), result.dissatisfied(),
                    Scores.normalise(result.dissatisfiedRate()).toPlainString()));
        }
    }

    private String list(List<BigDecimal> values) {
        return values.isEmpty() ? "—" : values.stream().map(v -> Scores.normalise(v).toPlainString())
                .collect(m.joining());
    }

    /** Stores the typed line; a score that is not a number or outside the range stays on screen with the reason. */
    public void add() {
        String text = typed(line.score());
        if (text.isEmpty()) {
            scoreError.set(m.get("entries.survey.noScore"));
            return;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            scoreError.set(m.get("entries.survey.notNumber", text));
            return;
        }
        SurveyRule r = month.state() == null ? null : month.state().input().scheme().survey();
        if (r != null && (value.signum() < 0 || value.compareTo(r.maxScore()) > 0
                || value.stripTrailingZeros().scale() > 2)) {
            scoreError.set(m.get("entries.survey.outOfRange", text, Scores.format(r.maxScore())));
            return;
        }
        SurveyResponse response = new SurveyResponse(UUID.randomUUID(), line.kind().get(), typed(line.respondent()),
                value);
        month.change(actor -> entries.addSurveyResponses(month.providerId(), month.month(), List.of(response), actor),
                batch -> {
                    undo.push(new Undo(response, true));
                    line.respondent().set("");
                    line.score().set("");
                }, "entries.survey.added", m.label(response.kind()), text);
    }

    /** Takes a stored response back (Ctrl+Z brings it back). */
    public void remove(Row row) {
        if (row == null) {
            return;
        }
        SurveyResponse response = new SurveyResponse(UUID.randomUUID(), row.kind(), row.respondent(),
                new BigDecimal(row.score()));
        change(row, actor -> entries.removeSurveyResponse(row.id(), actor), done -> undo.push(new Undo(response, false)),
                "entries.survey.removed", row.number(), row.score());
    }

    /** Undoes the last add (takes it back) or the last delete (stores it again). */
    public void undo() {
        Undo last = undo.poll();
        if (last == null) {
            month.say(m.get("entries.undo.nothing"), false);
            return;
        }
        if (last.wasAdded()) {
            month.change(actor -> {
                entries.removeSurveyResponse(last.response().id(), actor);
                return last;
            }, done -> { }, "entries.undo.done");
        } else {
            SurveyResponse again = new SurveyResponse(UUID.randomUUID(), last.response().kind(),
                    last.response().respondent(), last.response().score());
            month.change(actor -> entries.addSurveyResponses(month.providerId(), month.month(), List.of(again), actor),
                    done -> { }, "entries.undo.done");
        }
    }

    /** Writes the blank form for this provider and month. */
    public void writeForm(Path target) {
        month.read(() -> {
            byte[] bytes = forms.blankForm(month.providerId(), month.month());
            AtomicFile.write(target, bytes, AtomicFile.Readers.SHARED);
            return target;
        }, done -> month.say(m.get("entries.survey.formWritten", done.toAbsolutePath().toString()), false));
    }

    /** Imports a filled form; {@code replace} replaces the responses already entered. All or nothing. */
    public void importForm(Path file, boolean replace) {
        month.change(actor -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DomainException(Problem.of(
                        "problem.surveyFile.unreadable", file.getFileName().toString()));
            }
            return forms.importForm(bytes, file.getFileName().toString(), month.providerId(), month.month(), replace,
                    actor);
        }, done -> undo.clear(), "entries.survey.imported", file.getFileName().toString());
    }

    /** The suggested name of the blank form file. */
    public String formFileName() {
        return m.get("entries.survey.formFile", month.month().toString());
    }

    public int stored() {
        return rows().size();
    }

    public Line line() {
        return line;
    }

    public ReadOnlyStringProperty scoreErrorProperty() {
        return scoreError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
