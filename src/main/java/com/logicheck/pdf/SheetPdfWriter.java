package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a sheet as an unsigned A4 PDF/A-3b in the layout of the paper 考核表: title, the sheet's facts, the score
 * table, the signature footer {@code 检查人: … 检查时间: …年…月…日 (总分100分, 得分: …)}, 第 x 页 共 y 页, a photo
 * appendix, and the machine-readable record as an associated file. {@link PdfSigner} then signs it.
 */
public final class SheetPdfWriter extends LetterheadWriter {
    private static final float SIGNATURE_HEIGHT = 30;
    private static final float SIGNATURE_MAX_WIDTH = 105;
    private static final float SEAL_SIDE = 72;
    public SheetPdfWriter(CjkFont fonts, Messages messages) {
        this(fonts, messages, Letterhead.NONE);
    }

    public SheetPdfWriter(CjkFont fonts, Messages messages, Letterhead letterhead) {
        super(fonts, messages, letterhead);
    }

    public byte[] write(SheetPrint sheet) {
        try (PDDocument doc = new PDDocument(); Canvas canvas = new Canvas(doc, fonts.load(doc))) {
            canvas.newPage();
            heading(canvas, sheet);
            presence(canvas, sheet.presence());
            paperEntry(canvas, sheet);
            new SheetTable(canvas, messages, messages.get("pdf.continued", sheet.title())).draw(sheet);
            signatures(canvas, sheet);
            new PhotoAppendix(canvas, messages).draw(sheet.photos());
            canvas.closeStream();
            pageNumbers(canvas, sheet);
            Calendar created = calendar(sheet.signedAt());
            String inspector = sheet.signers().isEmpty() ? "" : sheet.signers().get(0).name();
            PdfArchive.apply(doc, new PdfArchive.Facts(sheet.title(), inspector,
                    messages.get("pdf.subject", sheet.provider(), sheet.place(), date(sheet.startedAt())),
                    messages.get("pdf.keywords", sheet.provider(), sheet.inspectionId()), created));
            PdfArchive.embedRecord(doc, sheet.recordFileName(), sheet.recordJson(), messages.get("pdf.recordDescription"),
                    created, originals(sheet.photos()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /**
     * The photos' original files, embedded so that the laptop importing the sheet gets them as files (ADR 0023):
     * all of them while together they fit {@link SheetPrint#MAX_EMBEDDED_PHOTO_BYTES}, else none.
     */
    private List<PdfArchive.Attachment> originals(List<SheetPrint.Photo> photos) throws IOException {
        long total = 0;
        for (SheetPrint.Photo p : photos) {
            total += Files.size(p.file());
        }
        if (photos.isEmpty() || total > SheetPrint.MAX_EMBEDDED_PHOTO_BYTES) {
            return List.of();
        }
        Map<String, PdfArchive.Attachment> byName = new LinkedHashMap<>();
        for (int i = 0; i < photos.size(); i++) {
            SheetPrint.Photo p = photos.get(i);
            String name = SheetPrint.photoAttachmentName(p.sha256(), p.originalName());
            String ext = SheetPrint.photoExtension(p.originalName());
            String mime = ext.equals(".jpg") || ext.equals(".jpeg") ? "image/jpeg" : ext.equals(".png") ? "image/png"
                    : "application/octet-stream";
            byName.putIfAbsent(name, new PdfArchive.Attachment(name, Files.readAllBytes(p.file()), mime,
                    messages.get("pdf.photoOriginal", i + 1, p.originalName()), "Source"));
        }
        return List.copyOf(byName.values());
    }

    /** 更正原因 under the revision note, wrapped across the page and centred line by line. */
    private static void revisionReason(Canvas canvas, String text) throws IOException {
        float size = 8;
        for (String line : canvas.wrap(text, size, Canvas.RIGHT - Canvas.LEFT - 40)) {
            canvas.text(line, (Canvas.LEFT + Canvas.RIGHT - canvas.width(line, size)) / 2, canvas.y - size, size,
                    Canvas.GREY, false);
            canvas.y -= size + 4;
        }
        canvas.y -= 2;
    }

    private void heading(Canvas canvas, SheetPrint sheet) throws IOException {
        float size = 15;
        float logoWidth = letterhead.draw(canvas, Canvas.LEFT, canvas.y + 6);
        float w = canvas.width(sheet.title(), size);
        canvas.text(sheet.title(), (Canvas.LEFT + Canvas.RIGHT - w) / 2, canvas.y - size, size, Canvas.BLACK, true);
        canvas.y -= logoWidth > 0 ? Math.max(size + 8, Letterhead.HEIGHT - 2) : size + 8;
        if (sheet.revision() > 1) {
            String note = messages.get("pdf.revision", sheet.revision());
            canvas.text(note, (Canvas.LEFT + Canvas.RIGHT - canvas.width(note, 8)) / 2, canvas.y - 8, 8, Canvas.GREY, false);
            canvas.y -= 14;
            if (sheet.revisionReason() != null && !sheet.revisionReason().isBlank()) {
                revisionReason(canvas, messages.get("pdf.revisionReason", sheet.revisionReason().strip()));
            }
        }
        String[][] facts = {
            {messages.get("pdf.organisation", sheet.organisation()), messages.get("pdf.provider", sheet.provider())},
            {messages.get("pdf.place", sheet.place()), messages.get("pdf.kind", sheet.kind())},
            {messages.get("pdf.date", date(sheet.startedAt())),
                messages.get("pdf.number", sheet.sheetNumber(), sheet.revision())}};
        float size9 = 9;
        float half = (Canvas.RIGHT - Canvas.LEFT) / 2;
        for (String[] pair : facts) {
            List<String> left = canvas.wrap(pair[0], size9, half - 8);
            List<String> right = canvas.wrap(pair[1], size9, half - 8);
            int lines = Math.max(left.size(), right.size());
            float lh = Canvas.lineHeight(size9);
            for (int i = 0; i < lines; i++) {
                float baseline = canvas.y - size9 - i * lh;
                if (i < left.size()) {
                    canvas.text(left.get(i), Canvas.LEFT, baseline, size9, Canvas.BLACK, false);
                }
                if (i < right.size()) {
                    canvas.text(right.get(i), Canvas.LEFT + half, baseline, size9, Canvas.BLACK, false);
                }
            }
            canvas.y -= lines * lh;
        }
        canvas.y -= 5;
    }

    /**
     * 扫码时间 and 停留时间 under the heading, or 未到点确认 in red when nobody checked in at the sheet's place
     * (issue 16). Its own block, so the heading's layout can change around it.
     */
    private void presence(Canvas canvas, SheetPrint.Presence presence) throws IOException {
        float size = 9;
        float lh = Canvas.lineHeight(size);
        List<String> lines = new ArrayList<>();
        if (!presence.checkIns().isEmpty()) {
            lines.addAll(canvas.wrap(messages.get("checkin.pdf.time", String.join(messages.get("checkin.pdf.comma"),
                    presence.checkIns())), size, Canvas.RIGHT - Canvas.LEFT));
        }
        if (presence.stay() != null) {
            lines.add(messages.get("checkin.pdf.stay", presence.stay()));
        }
        for (String line : lines) {
            canvas.text(line, Canvas.LEFT, canvas.y - size, size, Canvas.BLACK, false);
            canvas.y -= lh;
        }
        if (!presence.confirmed()) {
            canvas.text(messages.get("checkin.none"), Canvas.LEFT, canvas.y - size, size, Canvas.RED, true);
            canvas.y -= lh;
        }
        canvas.y -= 3;
    }

    /** 补录: a line under the heading naming the paper's date and who typed it in on which day (ADR 0045). */
    private void paperEntry(Canvas canvas, SheetPrint sheet) throws IOException {
        SheetPrint.PaperEntry entry = sheet.paperEntry();
        if (entry == null) {
            return;
        }
        float size = 10;
        String text = messages.get("pdf.backEntry", date(sheet.startedAt()), entry.enteredBy(),
                date(entry.enteredAt()) + " " + time(entry.enteredAt()));
        for (String line : canvas.wrap(text, size, Canvas.RIGHT - Canvas.LEFT)) {
            canvas.text(line, Canvas.LEFT, canvas.y - size, size, Canvas.RED, true);
            canvas.y -= Canvas.lineHeight(size);
        }
        canvas.y -= 3;
    }

    private void signatures(Canvas canvas, SheetPrint sheet) throws IOException {
        float needed = 2 * (SIGNATURE_HEIGHT + 12) + 34 + (sheet.sealBox() ? SEAL_SIDE + 8 : 0);
        if (canvas.y - needed < Canvas.BOTTOM) {
            canvas.newPage();
        }
        float size = 10;
        canvas.y -= SIGNATURE_HEIGHT + 8;
        float baseline = canvas.y;
        SheetPrint.Signer inspector = sheet.signers().isEmpty() ? null : sheet.signers().get(0);
        float x = signer(canvas, inspector, Canvas.LEFT, baseline, size);
        x = Math.max(x + 14, Canvas.LEFT + 175);
        String when = messages.get("pdf.inspectedAt", inspectionTime(sheet));
        canvas.text(when, x, baseline, size, Canvas.BLACK, false);
        x += canvas.width(when, size) + 12;
        canvas.text(messages.get("pdf.totalLine", Scores.format(sheet.totalScore()), Scores.format(sheet.score())),
                x, baseline, size, Canvas.BLACK, false);

        canvas.y -= SIGNATURE_HEIGHT + 12;
        baseline = canvas.y;
        x = Canvas.LEFT;
        for (SheetPrint.Signer s : sheet.signers().subList(Math.min(1, sheet.signers().size()), sheet.signers().size())) {
            x = signer(canvas, s, x, baseline, size) + 28;
        }
        canvas.y -= 18;
        signingTimeAndFootnote(canvas, sheet);
        if (sheet.sealBox()) {
            sealBox(canvas);
        }
    }

    /**
     * 签字时间 (when the sheet was signed, a field of its own: 检查时间 is the inspection's) on the left, the plain
     * footnote beside it on the right.
     */
    private void signingTimeAndFootnote(Canvas canvas, SheetPrint sheet) throws IOException {
        String text = messages.get("pdf.signedAt", date(sheet.signedAt()) + " " + time(sheet.signedAt()));
        canvas.text(text, Canvas.LEFT, canvas.y, 10, Canvas.BLACK, false);
        float left = Canvas.LEFT + canvas.width(text, 10) + 16;
        float baseline = canvas.y;
        for (String line : canvas.wrap(messages.get("pdf.footnote"), 8, Canvas.RIGHT - left)) {
            canvas.text(line, Canvas.RIGHT - canvas.width(line, 8), baseline, 8, Canvas.GREY, false);
            baseline -= Canvas.lineHeight(8);
        }
        canvas.y = Math.min(canvas.y - 18, baseline - 4);
    }

    /** 盖章: an empty box on the right for the provider's seal, when the template asks for one. */
    private void sealBox(Canvas canvas) throws IOException {
        float side = SEAL_SIDE;
        if (canvas.y - side - 8 < Canvas.BOTTOM) {
            canvas.newPage();
        }
        float left = Canvas.RIGHT - side;
        String label = messages.get("pdf.seal");
        canvas.text(label, left - canvas.width(label, 10) - 6, canvas.y - side / 2, 10, Canvas.BLACK, true);
        canvas.box(left, canvas.y, side, side);
        canvas.y -= side + 8;
    }

    /** 检查时间: the inspection's date and time, start to finish ({@code 2026年11月8日 09:12–09:40}). */
    private String inspectionTime(SheetPrint sheet) {
        OffsetDateTime from = sheet.startedAt();
        if (sheet.paperEntry() != null) {
            return sheet.paperEntry().timeKnown() ? date(from) + " " + time(from) : date(from);
        }
        OffsetDateTime to = sheet.finishedAt();
        String start = date(from) + " " + time(from);
        if (to == null || to.isBefore(from)) {
            return start;
        }
        OffsetDateTime end = to.withOffsetSameInstant(from.getOffset());
        return end.toLocalDate().equals(from.toLocalDate()) ? start + "–" + time(end)
                : start + " – " + date(end) + " " + time(end);
    }

    private static String time(OffsetDateTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** "检查人：[signature]（name）"; returns where the next text may start. */
    private float signer(Canvas canvas, SheetPrint.Signer s, float x, float baseline, float size) throws IOException {
        String label = messages.get("pdf.signer", s == null ? messages.get("pdf.role.INSPECTOR") : s.role());
        canvas.text(label, x, baseline, size, Canvas.BLACK, true);
        x += canvas.width(label, size) + 2;
        if (s == null) {
            canvas.line(x, baseline - 2, x + SIGNATURE_MAX_WIDTH, baseline - 2);
            return x + SIGNATURE_MAX_WIDTH;
        }
        if (s.png() != null) {
            SignatureImages.Encoded image = SignatureImages.read(s.png()).orElseThrow(
                    () -> new IOException("signature image of " + s.name() + " is not a PNG"));
            float scale = Math.min(SIGNATURE_HEIGHT / image.height(), SIGNATURE_MAX_WIDTH / image.width());
            float w = image.width() * scale;
            PDImageXObject xo = image.in(canvas.doc());
            canvas.image(xo, x, baseline - 6, w, image.height() * scale);
            x += w + 3;
            String name = messages.get("pdf.signerName", s.name());
            canvas.text(name, x, baseline, 8, Canvas.GREY, false);
            return x + canvas.width(name, 8);
        }
        String refusal = messages.get("pdf.refused", s.name(), s.refusal());
        List<String> lines = canvas.wrap(refusal, 8, 220);
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(lines.get(i), x, baseline + (lines.size() - 1 - i) * Canvas.lineHeight(8), 8, Canvas.RED, false);
        }
        return x + lines.stream().map(l -> canvas.width(l, 8)).max(Float::compare).orElse(0f);
    }

    private void pageNumbers(Canvas canvas, SheetPrint sheet) throws IOException {
        List<PDPage> pages = canvas.pages();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            float base = 26;
            canvas.stamp(page, messages.get("pdf.page", i + 1, pages.size()), (Canvas.LEFT + Canvas.RIGHT) / 2, base, 8,
                    Canvas.Align.CENTER);
            canvas.stamp(page, messages.get("pdf.number", sheet.sheetNumber(), sheet.revision()), Canvas.LEFT, base, 7,
                    Canvas.Align.LEFT);
            canvas.stamp(page, "LogiCheck", Canvas.RIGHT, base, 7, Canvas.Align.RIGHT);
        }
    }

    private String date(OffsetDateTime t) {
        return messages.get("pdf.dateFormat", String.valueOf(t.getYear()), t.getMonthValue(), t.getDayOfMonth());
    }

    static Calendar calendar(OffsetDateTime t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(t.getOffset()));
        c.setTimeInMillis(t.toInstant().toEpochMilli() / 1000 * 1000);
        return c;
    }
}
