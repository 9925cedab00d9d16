package com.logicheck.ui.assessment;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One row of the 月度考核 explanation tree: what it is ({@code label}), the points it adds or takes
 * ({@code points}, already in words) and how they were derived ({@code detail}). Plain data, so the tree is built
 * and tested without a toolkit; the controller turns it into tree items. {@code sheetId}: the sheet a SHEET row or
 * a deduction of it stands for (发整改通知单 starts from it), null for other rows.
 */
public record AssessmentLine(Kind kind, String label, String points, String detail, List<AssessmentLine> children,
                             UUID sheetId) {
    public AssessmentLine {
        children = List.copyOf(children);
    }

    public AssessmentLine(Kind kind, String label, String points, String detail, List<AssessmentLine> children) {
        this(kind, label, points, detail, children, null);
    }

    /** What a row stands for; the view styles relieved deductions and the total differently. */
    public enum Kind {
        COMPONENT, TEMPLATE, SHEET, DEDUCTION, RELIEVED, NOTE, COMPLAINTS, TOTAL, EXCLUDED
    }

    static AssessmentLine leaf(Kind kind, String label, String points, String detail) {
        return new AssessmentLine(kind, label, points, detail, List.of());
    }

    /** Every row of this subtree, this one first (for tests and searches). */
    public Stream<AssessmentLine> flatten() {
        return Stream.concat(Stream.of(this),
                children.stream().flatMap(AssessmentLine::flatten));
    }
}
