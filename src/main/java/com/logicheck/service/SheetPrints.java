package com.logicheck.service;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.SheetPrint;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SectionScore;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Turns a sheet and its signatures into the text the PDF prints ({@link SheetPrint}), in the UI language. */
final class SheetPrints {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;
    private final Function<UUID, String> placePaths;

    SheetPrints(Messages messages, Function<UUID, String> placePaths) {
        this.messages = messages;
        this.placePaths = placePaths;
    }

    SheetPrint print(SheetRecords.Sheet sheet, SheetRecord record, byte[] json, List<Signature> signatures,
                     OffsetDateTime signedAt) {
        Map<UUID, List<Integer>> photoNumbers = new LinkedHashMap<>();
        List<SheetPrint.Photo> photos = new ArrayList<>();
        Map<UUID, TemplateItem> items = new LinkedHashMap<>();
        sheet.template().items().forEach(i -> items.put(i.id(), i));
        for (PhotoStore.PhotoDetail p : sheet.photos()) {
            photos.add(new SheetPrint.Photo(caption(p, items.get(p.itemId())), p.file(), p.sha256(), p.originalName()));
            photoNumbers.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(photos.size());
        }
        List<SheetPrint.Section> sections = new ArrayList<>();
        List<TemplateSection> templateSections = sheet.template().sections();
        for (int s = 0; s < templateSections.size(); s++) {
            TemplateSection ts = templateSections.get(s);
            SectionScore score = sheet.score().sections().get(s);
            List<SheetPrint.Row> rows = new ArrayList<>();
            for (TemplateItem item : ts.items()) {
                rows.add(row(sheet, item, photoNumbers.getOrDefault(item.id(), List.of())));
            }
            sections.add(new SheetPrint.Section(ts.title(), ts.subtotal(), score.deduction(), score.earned(), rows));
        }
        List<SheetPrint.Signer> signers = signatures.stream().map(g -> new SheetPrint.Signer(
                messages.get("pdf.role." + g.role().name()), g.signerName(), g.imagePng(),
                g.witness() == null || g.refusedReason() == null ? g.refusedReason()
                        : messages.get("pdf.refusalWitnessed", g.refusedReason(), g.witness()),
                g.signedAt())).toList();
        return new SheetPrint(sheet.template().title(), sheet.organisation(), sheet.provider().name(),
                sheet.place().path(), messages.label(sheet.inspection().kind()), sheet.inspection().startedAt(),
                sheet.state().finishedAt(), signedAt, sheet.inspection().id(), sheet.inspection().displayNumber(),
                sheet.inspection().revision(), sheet.state().revisionReason(),
                sheet.template().totalScore(),
                new BigDecimal(record.score().total()), record.score().grade(), sections, signers, photos, json,
                SheetRecord.FILE_NAME, sheet.sealBox(), presence(record), paperEntry(record));
    }

    /** 补录: who typed the sheet in and when, from the record (null: filled in the app). */
    private static SheetPrint.PaperEntry paperEntry(SheetRecord record) {
        SheetRecord.BackEntryPart b = record.inspection().backEntry();
        return b == null ? null : new SheetPrint.PaperEntry(b.enteredByName(), b.enteredAt(), b.timeKnown());
    }

    /** 扫码时间 and 停留时间 from the record's check-ins (issue 16); kept apart from the rest of the heading. */
    private SheetPrint.Presence presence(SheetRecord record) {
        UUID place = record.place().id();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<String> lines = new ArrayList<>();
        List<CheckIn> visits = new ArrayList<>();
        for (SheetRecord.CheckInPart c : record.checkInsOrNone()) {
            List<String> parts = new ArrayList<>(List.of(messages.get("checkin.how." + c.how()), c.personName()));
            if (!c.placeId().equals(place)) {
                parts.add(c.placePath());
            }
            lines.add(messages.get("checkin.pdf.line", c.at().format(time), String.join(messages.get("checkin.pdf.comma"), parts)));
            visits.add(new CheckIn(c.id(), c.placeId(), c.personId(), c.at(), How.valueOf(c.how()), c.code(),
                    c.labelGeneration()));
        }
        String stay = CheckIn.stay(place, visits, record.inspection().finishedAt())
                .map(d -> messages.get("checkin.stay", d.toMinutes())).orElse(null);
        return new SheetPrint.Presence(CheckIn.present(place, visits), lines, stay);
    }

    private SheetPrint.Row row(SheetRecords.Sheet sheet, TemplateItem item, List<Integer> photoNumbers) {
        ItemResult r = sheet.results().get(item.id());
        ItemScore score = sheet.score().item(item.id());
        List<String> remarks = new ArrayList<>();
        String deduction;
        String earned;
        if (r == null) {
            deduction = "";
            earned = "";
        } else if (r.outcome() == Outcome.NOT_APPLICABLE) {
            deduction = "—";
            earned = "—";
            remarks.add(messages.get("pdf.notApplicable"));
        } else {
            deduction = Scores.format(score.deduction());
            earned = Scores.format(score.earned());
            if (r.outcome() == Outcome.DEDUCT) {
                String basis = basis(item, r);
                if (!basis.isEmpty()) {
                    remarks.add(messages.get("pdf.basis", basis));
                }
                if (score.capped()) {
                    remarks.add(messages.get("pdf.capped", Scores.format(score.uncappedDeduction())));
                }
            }
        }
        if (r != null && !r.note().isBlank()) {
            remarks.add(messages.get("pdf.note", r.note().strip()));
        }
        if (r != null && r.placeId() != null && !r.placeId().equals(sheet.place().id())) {
            remarks.add(messages.get("pdf.foundAt", placePaths.apply(r.placeId())));
        }
        if (!photoNumbers.isEmpty()) {
            remarks.add(messages.get("pdf.photoRef", String.join("、", photoNumbers.stream().map(String::valueOf).toList())));
        }
        return new SheetPrint.Row(item.code(), item.content(), item.requirement(), item.criteria(), item.maxScore(),
                deduction, earned, remarks, item.remark().strip());
    }

    /** "每发现一处×2；延迟 3天" — the quantities the deduction was computed from. */
    private String basis(TemplateItem item, ItemResult r) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < item.rules().size() && i < r.quantities().size(); i++) {
            BigDecimal q = r.quantities().get(i);
            if (q.signum() == 0) {
                continue;
            }
            DeductionRule rule = item.rules().get(i);
            String amount = Scores.format(q);
            if (rule instanceof DeductionRule.PerUnit u) {
                parts.add(messages.get("pdf.basis.unit", rule.label(), amount, u.unit()));
            } else if (rule instanceof DeductionRule.Range) {
                parts.add(messages.get("pdf.basis.range", rule.label(), amount));
            } else {
                parts.add(messages.get("pdf.basis.count", rule.label(), amount));
            }
        }
        return String.join("；", parts);
    }

    private String caption(PhotoStore.PhotoDetail p, TemplateItem item) {
        String what = item == null ? "" : item.code() + " " + item.content();
        String where = placePaths.apply(p.placeId());
        String text = messages.get("pdf.caption", what, where.isEmpty() ? "—" : where, TIME.format(p.takenAt()));
        return p.caption() == null || p.caption().isBlank() ? text : text + "｜" + p.caption();
    }
}
