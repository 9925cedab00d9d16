package com.logicheck.ui.common;

import com.logicheck.domain.Scores;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SheetScore;
import com.logicheck.service.SheetView;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * The head of a sheet as the 检查表, the 汇总 and the 签字 screens show it, as one value: the template's title, who
 * and where (提供方, 地点, 检查人, kind — and, once the sheet is past its draft, its status), 得分 and 等级, and the
 * two ways of counting answers (the checklist's progress and the summary's counts). Each screen shows the parts it
 * has room for; all three say them in the same words. {@code number} is the 检查表编号 in words.
 */
public record SheetHeader(String title, String details, String score, String grade, String progress, double answeredShare,
                          String counts, String number) {

    /** Nothing loaded yet. */
    public static final SheetHeader NONE = new SheetHeader("", "", "", "", "", 0, "", "");

    /** A draft in the 检查表: the details name the kind, the score is the live one. */
    public static SheetHeader draft(SheetView sheet, SheetScore score, Messages messages) {
        return new SheetHeader(sheet.template().title(), details(sheet, messages), "", "", "", 0, "", number(sheet, messages))
                .scored(score, messages);
    }

    /** A sheet read after answering (汇总, 签字): the details also say its status (已完成, 已签字, …). */
    public static SheetHeader read(SheetView sheet, SheetScore score, Messages messages) {
        return new SheetHeader(sheet.template().title(), details(sheet, messages) + " · "
                + messages.label(sheet.inspection().status()), "", "", "", 0, "", number(sheet, messages)).scored(score, messages);
    }

    /** The same sheet with a new score (an answer changed). */
    public SheetHeader scored(SheetScore s, Messages messages) {
        return new SheetHeader(title, details,
                messages.get("checklist.header.score", Scores.format(s.total()), Scores.format(s.totalScore())),
                messages.grade(s.grade()),
                messages.get("checklist.header.progress", s.answered(), s.itemCount(), s.deducted(), s.notApplicable()),
                s.itemCount() == 0 ? 0 : (double) s.answered() / s.itemCount(),
                messages.get("summary.counts", s.itemCount(), s.answered(), s.deducted(), s.notApplicable(),
                        s.unanswered()), number);
    }

    /** The labels the 检查表 and the 汇总 both have — title, who and where, 得分, 等级 — show {@code header}. */
    public static void bind(ObservableValue<SheetHeader> header, Labeled title, Labeled details, Labeled score,
                            Labeled grade) {
        SnapshotBindings.text(title, header, SheetHeader::title);
        SnapshotBindings.text(details, header, SheetHeader::details);
        SnapshotBindings.text(score, header, SheetHeader::score);
        SnapshotBindings.text(grade, header, SheetHeader::grade);
    }

    /** The 检查表编号 label (编号 东院-2026-11-K7-0042), shown beside the title. */
    public static void bindNumber(ObservableValue<SheetHeader> header, Labeled number) {
        SnapshotBindings.text(number, header, SheetHeader::number);
    }

    private static String number(SheetView sheet, Messages messages) {
        return messages.get("checklist.header.number", sheet.inspection().displayNumber());
    }

    private static String details(SheetView sheet, Messages messages) {
        return messages.get("checklist.header.details", sheet.providerName(), sheet.placePath(), sheet.inspectorName(),
                messages.label(sheet.inspection().kind()));
    }
}
