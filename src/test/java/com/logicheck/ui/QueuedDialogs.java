package com.logicheck.ui;

import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The user and the system viewer as a screen test plays them: every dialog hands over what the test queued for its
 * {@link FileKind} (one file or folder stays until replaced; files for a many-file dialog are handed over once),
 * confirmations are answered with {@link #agree} and reasons with {@link #reason}, both recorded, and the viewer
 * only records what it was asked to open.
 */
public final class QueuedDialogs implements Dialogs, DocumentOpener {
    private final Map<FileKind, Path> answers = new EnumMap<>(FileKind.class);
    private final Map<FileKind, List<Path>> manyAnswers = new EnumMap<>(FileKind.class);
    public boolean agree = true;
    /** The answer to a question with several answers (its index; the last is the way out). */
    public int choice;
    public final List<String> asked = new ArrayList<>();
    /** The answer to a title question; none when null (as if cancelled). */
    public String title;
    public final List<Path> opened = new ArrayList<>();
    /** The answer to a reason question (recorded in {@link #asked}); none when null (as if cancelled). */
    public String reason;
    /** What {@link #tell} was told; {@link #askCode} answers {@code code} (null: cancelled). */
    public final List<String> told = new ArrayList<>();
    public String code;

    /** The file or folder every following dialog of {@code kind} hands over (null: as if cancelled). */
    public QueuedDialogs answer(FileKind kind, Path file) {
        answers.put(kind, file);
        return this;
    }

    /** What dialogs of {@code kind} hand over now. */
    public Path answer(FileKind kind) {
        return answers.get(kind);
    }

    /** Files the next many-file dialog of {@code kind} hands over. */
    public QueuedDialogs answerMany(FileKind kind, Path... files) {
        manyAnswers.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(List.of(files));
        return this;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, FileKind kind) {
        return Optional.ofNullable(answers.get(kind));
    }

    @Override
    public Optional<Path> open(Window owner, FileKind kind) {
        return Optional.ofNullable(answers.get(kind));
    }

    @Override
    public List<Path> openMany(Window owner, FileKind kind) {
        List<Path> files = manyAnswers.remove(kind);
        return files == null ? List.of() : List.copyOf(files);
    }

    @Override
    public Optional<Path> save(Window owner, FileKind kind, String suggestedName) {
        return Optional.ofNullable(answers.get(kind));
    }

    @Override
    public boolean confirm(Window owner, String question) {
        asked.add(question);
        return agree;
    }

    @Override
    public Optional<String> askReason(Window owner, String explanation, String action) {
        asked.add(explanation);
        return Optional.ofNullable(reason);
    }

    @Override
    public int choose(Window owner, String question, List<String> choices) {
        asked.add(question);
        return Math.min(choice, choices.size() - 1);
    }

    @Override
    public void tell(Window owner, String message) {
        told.add(message);
    }

    @Override
    public Optional<String> askCode(Window owner, String header, String prompt) {
        asked.add(header);
        return Optional.ofNullable(code);
    }

    @Override
    public Optional<String> askTitle(Window owner, String header, String suggestion) {
        return Optional.ofNullable(title);
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }
}
