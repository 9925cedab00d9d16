package com.logicheck.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Every question a screen asks the user in a dialog: folders and files of a {@link FileKind}, a confirmation, a
 * title. One service for all screens, so the app wires the platform's dialogs once and tests queue answers once.
 */
public interface Dialogs {

    /** A folder of {@code kind}; empty when cancelled. */
    Optional<Path> chooseFolder(Window owner, FileKind kind);

    /** One file of {@code kind} to open; empty when cancelled. */
    Optional<Path> open(Window owner, FileKind kind);

    /** Files of {@code kind} to open; empty when cancelled. */
    List<Path> openMany(Window owner, FileKind kind);

    /** Where to save a file of {@code kind}, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> save(Window owner, FileKind kind, String suggestedName);

    /** Asks before something is replaced or taken back; true when the user agrees. */
    boolean confirm(Window owner, String question);

    /**
     * A reason for an action that cannot be undone (更正, closing a month early): {@code explanation} says in words
     * what will happen; the action's button, labelled {@code action}, is enabled once a reason is typed. Empty when
     * cancelled; otherwise the reason as typed.
     */
    Optional<String> askReason(Window owner, String explanation, String action);

    /**
     * Asks a question with several answers (the last one is the way out, like 取消); the index of the answer
     * chosen, or {@code choices.size() - 1} when the dialog is closed.
     */
    int choose(Window owner, String question, List<String> choices);

    /** Tells something that needs no answer (a refused place code, …). */
    void tell(Window owner, String message);

    /** A code typed by hand (扫码/输入点位码, Ctrl+K), stripped; empty when cancelled or blank. */
    Optional<String> askCode(Window owner, String header, String prompt);

    /** A title for a new template or a copy, starting from {@code suggestion}; empty when cancelled or blank. */
    Optional<String> askTitle(Window owner, String header, String suggestion);
}
