package com.logicheck.ui.checklist;

import java.util.ArrayList;
import java.util.List;

/** The inspector as a view-model test plays them: answers as told and records every question. */
final class RecordingQuestions implements ChecklistQuestions {
    final List<String> asked = new ArrayList<>();
    boolean agree = true;
    Evidence evidence = Evidence.KEEP_AS_REASON;

    @Override
    public boolean confirm(String question) {
        asked.add(question);
        return agree;
    }

    @Override
    public Evidence naEvidence(String question) {
        asked.add(question);
        return evidence;
    }
}
