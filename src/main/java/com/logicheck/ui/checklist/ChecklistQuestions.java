package com.logicheck.ui.checklist;

/**
 * What the checklist asks before an answer loses something the inspector entered (a deduction, a note, photos).
 * The screen answers through {@code ui.common.Dialogs}; until a screen is attached every question is declined, so
 * nothing is ever replaced without an answer.
 */
public interface ChecklistQuestions {
    /** Declines everything: the answer stays as it is. */
    ChecklistQuestions DECLINE = new ChecklistQuestions() {
        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public Evidence naEvidence(String question) {
            return Evidence.CANCEL;
        }
    };

    /** What to do with an item's note and photos when it becomes 不适用. */
    enum Evidence { KEEP_AS_REASON, DELETE, CANCEL }

    /** Asks before an answer is replaced; true when the inspector agrees. */
    boolean confirm(String question);

    /** N/A on an item with a note or photos: keep them as the reason it does not apply, delete them, or cancel. */
    Evidence naEvidence(String question);
}
