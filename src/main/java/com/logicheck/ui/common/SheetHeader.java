package com.logicheck.ui.common;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SheetScore;
import com.logicheck.service.SheetView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * The head of a sheet as the 检查表, the 汇总 and the 签字 screens show it, as one value: the template's title, who
 * and where (提供方, 地点, 检查人, kind — and, once the sheet is past its draft, its status), 得分 and 等级, and the
 * two ways of counting answers (the checklist's progress and the summary's counts). Each screen shows the parts it
 * has room for; all three say them in the same words. {@code number} is the 检查表编号 in words.
 */
public record SheetHeader(String title, String details, String score, String grade, String progress, double answeredShare,
                          String counts, String number, String presence) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** Nothing loaded yet. */
    public static final SheetHeader NONE = new SheetHeader("", "", "", "", "", 0, "", "", "");

    /** A draft in the 检查表: the details name the kind, the score is the live one. */
    public static SheetHeader draft(SheetView sheet, SheetScore score, Messages messages) {
        return new SheetHeader(sheet.template().title(), details(sheet, messages), "", "", "", 0, "", number(sheet, messages),
                presence(sheet, messages)).scored(score, messages);
    }

    /** A sheet read after answering (汇总, 签字): the details also say its status (已完成, 已签字, …). */
    public static SheetHeader read(SheetView sheet, SheetScore score, Messages messages) {
        return new SheetHeader(sheet.template().title(), details(sheet, messages) + " · "
                + messages.label(sheet.inspection().status()), "", "", "", 0, "", number(sheet, messages),
                presence(sheet, messages)).scored(score, messages);
    }

    /** The same sheet after a check-in (issue 16). */
    public SheetHeader withPresence(String text) {
        return new SheetHeader(title, details, score, grade, progress, answeredShare, counts, number, text);
    }

    /** The same sheet with a new score (an answer changed). */
    public SheetHeader scored(SheetScore s, Messages messages) {
        return new SheetHeader(title, details,
                messages.get("checklist.header.score", Scores.format(s.total()), Scores.format(s.totalScore())),
                messages.grade(s.grade()),
                messages.get("checklist.header.progress", s.answered(), s.itemCount(), s.deducted(), s.notApplicable()),
                s.itemCount() == 0 ? 0 : (double) s.answered() / s.itemCount(),
                messages.get("summary.counts", s.itemCount(), s.answered(), s.deducted(), s.notApplicable(),
                        s.unanswered()), number, presence);
    }

    /** The labels the 检查表 and the 汇总 both have — title, who and where, 得分, 等级 — show {@code header}. */
    public static void bind(ObservableValue<SheetHeader> header, Labeled title, Labeled details, Labeled score,
                            Labeled grade) {
        SnapshotBindings.text(title, header, SheetHeader::title);
        SnapshotBindings.text(details, header, SheetHeader::details);
        SnapshotBindings.text(score, header, SheetHeader::score);
        SnapshotBindings.text(grade, header, SheetHeader::grade);
    }

    /**
     * The 检查表编号 label (编号 东院-2026-11-K7-0042), shown beside the title, followed by the 扫码签到 line (or
     * 未到点确认): the details line below has no room left for it in English.
     */
    public static void bindNumber(ObservableValue<SheetHeader> header, Labeled number) {
        SnapshotBindings.text(number, header, h -> h.presence().isEmpty() ? h.number() : h.number() + " · " + h.presence());
    }

    private static String number(SheetView sheet, Messages messages) {
        return messages.get("checklist.header.number", sheet.inspection().displayNumber());
    }

    private static String details(SheetView sheet, Messages messages) {
        return messages.get("checklist.header.details", sheet.providerName(), sheet.placePath(), sheet.inspectorName(),
                messages.label(sheet.inspection().kind()));
    }

    /** 扫码签到 times (and 停留时间 once finished), or 未到点确认 without a check-in at the sheet's place (issue 16). */
    public static String presence(SheetView sheet, Messages messages) {
        UUID place = sheet.inspection().placeId();
        if (!CheckIn.present(place, sheet.checkIns())) {
            return messages.get("checkin.none");
        }
        // the first check-in at the place and how many there were: the header has one line for all of it
        List<CheckIn> here = sheet.checkIns().stream().filter(c -> c.placeId().equals(place)).toList();
        CheckIn first = here.get(0);
        String time = first.at().atZoneSameInstant(ZoneId.systemDefault()).format(HOURS)
                + (first.how() == How.TYPED ? messages.get("checkin.typedMark") : "");
        String text = here.size() == 1 ? messages.get("checkin.sheet.line", time)
                : messages.get("checkin.sheet.lines", time, here.size());
        return CheckIn.stay(place, sheet.checkIns(), sheet.inspection().finishedAt())
                .map(d -> text + " · " + messages.get("checkin.pdf.stay", messages.get("checkin.stay", d.toMinutes())))
                .orElse(text);
    }
}
