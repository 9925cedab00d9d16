package com.logicheck.ui.assessment;

import com.logicheck.ui.common.Formats;

/**
 * What the 月度考核 panel shows of one provider and month, as one value: the texts beside the tree (title, scheme,
 * live or closed, 总分, 等级, 否决, 金额, repeated failures, inspections, warnings), whether the month is vetoed or
 * failed, whether it is closed and whether this user may close it now (关闭本月), and the 层级检查 line with whether a
 * planned inspection was missed. The view model replaces it whole when a month loads, so the labels never mix two
 * months.
 */
public record AssessmentFigures(String title, String scheme, String status, String total, String grade, String veto,
                                String money, String failures, String inspections, String warnings, boolean vetoed,
                                boolean failed, boolean closed, boolean canClose, String planLine, boolean planMissed) {

    /** Nothing loaded (or the load failed): empty texts and 总分 "—". */
    public static final AssessmentFigures NONE = new AssessmentFigures("", "", "", Formats.NONE, "", "", "", "", "", "",
            false, false, false, false, "", false);

    /** The same figures with no month shown, keeping the plan line, which is loaded on its own. */
    AssessmentFigures cleared() {
        return NONE.withPlan(planLine, planMissed);
    }

    /** The same figures with this 层级检查 line. */
    AssessmentFigures withPlan(String line, boolean missed) {
        return new AssessmentFigures(title, scheme, status, total, grade, veto, money, failures, inspections, warnings,
                vetoed, failed, closed, canClose, line, missed);
    }
}
