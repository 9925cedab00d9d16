package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes a 整改通知单 as an unsigned A4 PDF/A-3b with the same machinery as the score sheet (bundled CJK font,
 * PDF/A metadata, the record as an associated file): the organisation's logo at the top left ({@link Letterhead}, as on
 * the sheet), title, the notice's facts, the 不合格项, and lines for the inspector and for the provider's
 * acknowledgement (签收). {@link PdfSigner} can sign it like a sheet.
 */
public final class NoticePdfWriter extends LetterheadWriter {
    private static final float SIZE = 10;
    public NoticePdfWriter(CjkFont fonts, Messages messages) {
        this(fonts, messages, Letterhead.NONE);
    }

    public NoticePdfWriter(CjkFont fonts, Messages messages, Letterhead letterhead) {
        super(fonts, messages, letterhead);
    }

    public byte[] write(NoticePrint notice) {
        try (PDDocument doc = new PDDocument(); Canvas canvas = new Canvas(doc, fonts.load(doc))) {
            canvas.newPage();
            float size = 15;
            float logoWidth = letterhead.draw(canvas, Canvas.LEFT, canvas.y + 6);
            canvas.text(notice.title(), (Canvas.LEFT + Canvas.RIGHT - canvas.width(notice.title(), size)) / 2,
                    canvas.y - size, size, Canvas.BLACK, true);
            canvas.y -= logoWidth > 0 ? Math.max(size + 14, Letterhead.HEIGHT + 6) : size + 14;
            for (NoticePrint.Field f : notice.fields()) {
                paragraph(canvas, f.label(), f.value());
            }
            paragraph(canvas, messages.get("pdf.notice.items"), "");
            for (String item : notice.items()) {
                paragraph(canvas, "", item);
            }
            signatures(canvas, notice);
            canvas.closeStream();
            List<PDPage> pages = canvas.pages();
            String number = messages.get("pdf.notice.number", notice.orderId().toString().substring(0, 8));
            for (int i = 0; i < pages.size(); i++) {
                canvas.stamp(pages.get(i), messages.get("pdf.page", i + 1, pages.size()), (Canvas.LEFT + Canvas.RIGHT) / 2,
                        26, 8, Canvas.Align.CENTER);
                canvas.stamp(pages.get(i), number, Canvas.LEFT, 26, 7, Canvas.Align.LEFT);
                canvas.stamp(pages.get(i), "LogiCheck", Canvas.RIGHT, 26, 7, Canvas.Align.RIGHT);
            }
            Calendar created = SheetPdfWriter.calendar(notice.raisedAt());
            PdfArchive.apply(doc, new PdfArchive.Facts(notice.title(), notice.raisedBy(),
                    messages.get("pdf.notice.subject", notice.provider(), notice.place(), date(notice.raisedAt())),
                    number, created));
            PdfArchive.embedRecord(doc, notice.recordFileName(), notice.recordJson(),
                    messages.get("pdf.notice.recordDescription"), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /** "label：value", the value wrapped under itself. */
    private void paragraph(Canvas canvas, String label, String value) throws IOException {
        float indent = 92;
        List<String> lines = canvas.wrap(value.isEmpty() ? " " : value, SIZE, Canvas.RIGHT - Canvas.LEFT - indent);
        float lh = Canvas.lineHeight(SIZE);
        if (canvas.y - lines.size() * lh < Canvas.BOTTOM) {
            canvas.newPage();
        }
        if (!label.isEmpty()) {
            canvas.text(label, Canvas.LEFT, canvas.y - SIZE, SIZE, Canvas.BLACK, true);
        }
        for (String line : lines) {
            canvas.text(line, Canvas.LEFT + indent, canvas.y - SIZE, SIZE, Canvas.BLACK, false);
            canvas.y -= lh;
        }
        canvas.y -= 4;
    }

    private void signatures(Canvas canvas, NoticePrint notice) throws IOException {
        if (canvas.y - 110 < Canvas.BOTTOM) {
            canvas.newPage();
        }
        canvas.y -= 40;
        String issued = messages.get("pdf.notice.issuedBy", notice.raisedBy(), date(notice.raisedAt()));
        canvas.text(issued, Canvas.LEFT, canvas.y, SIZE, Canvas.BLACK, false);
        if (notice.signedBy() != null) {
            canvas.y -= 16;
            OffsetDateTime at = notice.signedAt();
            canvas.text(messages.get("pdf.notice.signedBy", notice.signedBy(), date(at),
                    String.format("%02d:%02d", at.getHour(), at.getMinute())), Canvas.LEFT, canvas.y, 8, Canvas.BLACK, false);
        }
        canvas.y -= 36;
        String received = messages.get("pdf.notice.received");
        canvas.text(received, Canvas.LEFT, canvas.y, SIZE, Canvas.BLACK, true);
        float x = Canvas.LEFT + canvas.width(received, SIZE) + 4;
        canvas.line(x, canvas.y - 2, x + 140, canvas.y - 2);
        String day = messages.get("pdf.notice.receivedDate");
        canvas.text(day, x + 160, canvas.y, SIZE, Canvas.BLACK, false);
        canvas.y -= 20;
    }

    private String date(OffsetDateTime t) {
        return messages.get("pdf.dateFormat", String.valueOf(t.getYear()), t.getMonthValue(), t.getDayOfMonth());
    }
}
