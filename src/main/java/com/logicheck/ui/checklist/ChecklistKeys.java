package com.logicheck.ui.checklist;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The checklist's keyboard. In the list: ↑/↓ move between items, P or Space 合格, N 不适用, D 扣分 (into the
 * first quantity), a digit starts a deduction with that count, Enter opens the editor. Anywhere: Ctrl+J or F3
 * next unanswered item, Ctrl+O photos for the item from a file chooser, Ctrl+V in the list pastes photos (image
 * files or an image on the clipboard) onto the item, Ctrl+Backspace/Delete clear, Ctrl+Z
 * undo (the note keeps its own text shortcuts), Esc back to the list, Ctrl+Enter to the summary (a 补录 in paper
 * mode: 完成补录, every item not typed passes). In the note,
 * Enter commits and Shift+Enter breaks the line; Tab leaves the note for the list and Shift+Tab for the first
 * quantity (no tab character is typed).
 */
final class ChecklistKeys {
    private static final KeyCombination NEXT_OPEN = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUMMARY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PHOTOS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLEAR_DEL = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private final ChecklistViewModel viewModel;
    private final ListView<ChecklistRow> list;
    private final TextArea note;
    private final QuantityRows quantities;
    private final Runnable focusList;
    private final Runnable addPhotos;
    private final Runnable pastePhotos;
    /** Set when a key press moved the focus into a field: its KEY_TYPED must not land there as text. */
    private boolean swallowTyped;

    ChecklistKeys(ChecklistViewModel viewModel, ListView<ChecklistRow> list, TextArea note, QuantityRows quantities,
                  Runnable focusList, Runnable addPhotos, Runnable pastePhotos) {
        this.viewModel = viewModel;
        this.list = list;
        this.note = note;
        this.quantities = quantities;
        this.focusList = focusList;
        this.addPhotos = addPhotos;
        this.pastePhotos = pastePhotos;
    }

    void install(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> swallowTyped = false);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::anywhere);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::inList);
        list.addEventFilter(KeyEvent.KEY_TYPED, this::typedInList);
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::inNote);
    }

    private void anywhere(KeyEvent e) {
        boolean inNote = note.isFocused();
        if (NEXT_OPEN.match(e) || e.getCode() == KeyCode.F3 && !e.isShortcutDown()) {
            viewModel.flushNote();
            viewModel.selectNextUnanswered();
            focusList.run();
        } else if (PHOTOS.match(e)) {
            viewModel.flushNote();
            addPhotos.run();
        } else if (PASTE.match(e) && list.isFocused()) {
            pastePhotos.run();
        } else if (SUMMARY.match(e) && viewModel.paperModeProperty().get()) {
            viewModel.finishPaper();
        } else if (SUMMARY.match(e)) {
            viewModel.toSummary();
        } else if (UNDO.match(e) && !inNote) {
            viewModel.undo();
        } else if ((CLEAR.match(e) || CLEAR_DEL.match(e)) && !inNote) {
            viewModel.clear();
        } else if (e.getCode() == KeyCode.ESCAPE && !list.isFocused()) {
            viewModel.flushNote();
            focusList.run();
        } else {
            return;
        }
        e.consume();
    }

    private void inList(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> viewModel.selectPrevious();
            case DOWN -> viewModel.selectNext();
            case P, SPACE -> viewModel.pass();
            case N -> viewModel.notApplicable();
            case D -> {
                viewModel.startDeduction();
                quantities.first().ifPresent(Node::requestFocus);
                swallowTyped = true;
            }
            case ENTER -> {
                openEditor();
                swallowTyped = true;
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void typedInList(KeyEvent e) {
        String c = e.getCharacter();
        if (c.length() != 1 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String digit = QuantityInput.normalise(c);
        if (digit.length() == 1 && Character.isDigit(digit.charAt(0))) {
            viewModel.startDeduction();
            quantities.first().ifPresent(field -> {
                field.requestFocus();
                field.setText(digit);
                field.end();
            });
            e.consume();
        }
    }

    private void openEditor() {
        if (viewModel.editor().deductMode()) {
            quantities.first().ifPresent(TextField::requestFocus);
        } else if (!note.isDisabled()) {
            note.requestFocus();
            note.end();
        }
    }

    private void inNote(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
            viewModel.flushNote();
            if (e.isShiftDown() && viewModel.editor().deductMode() && quantities.first().isPresent()) {
                quantities.first().get().requestFocus();
            } else {
                focusList.run();
            }
            e.consume();
            return;
        }
        if (e.getCode() != KeyCode.ENTER || e.isShortcutDown()) {
            return;
        }
        if (e.isShiftDown()) {
            note.replaceSelection("\n");
        } else if (viewModel.commit()) {
            focusList.run();
        }
        e.consume();
    }
}
