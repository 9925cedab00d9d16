package com.logicheck.ui.checklist;

import com.logicheck.domain.Scores;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SheetScore;
import com.logicheck.service.SheetView;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The sheet header: title, who/where, live 得分 and 等级, and progress (answered of all items). */
public final class ChecklistHeader {
    private final Messages messages;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper grade = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    ChecklistHeader(Messages messages) {
        this.messages = messages;
    }

    void show(SheetView sheet, String kind, SheetScore sheetScore) {
        title.set(sheet.template().title());
        details.set(messages.get("checklist.header.details", sheet.providerName(), sheet.placePath(),
                sheet.inspectorName(), kind));
        score(sheetScore);
    }

    void score(SheetScore s) {
        score.set(messages.get("checklist.header.score", Scores.format(s.total()), Scores.format(s.totalScore())));
        grade.set(s.grade());
        progressText.set(messages.get("checklist.header.progress", s.answered(), s.itemCount(), s.deducted(),
                s.notApplicable()));
        progress.set(s.itemCount() == 0 ? 0 : (double) s.answered() / s.itemCount());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
