package com.logicheck.xlsx;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.CriteriaPhrases;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.GradeBandsText;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.PublishChecks;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads 考核表 workbooks in the form {@link TemplateWorkbook} writes, or made by hand in that layout. Every
 * fault is reported with its sheet, row and column, and a workbook with any fault yields no template at all.
 */
public final class TemplateSheetReader {
    private static final Pattern SECTION = Pattern.compile("^(.+?)\\s*[（(]?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[）)]?$",
            Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("^([0-9A-Za-z][0-9A-Za-z.\\-_]{0,19})[ \\u3000]+(\\S[\\s\\S]*)$");
    private static final int MAX_ROWS = 2000;
    private final List<Messages> languages;

    /** {@code languages}: the label languages to recognise (headers, service lines, N/A policies). */
    public TemplateSheetReader(List<Messages> languages) {
        this.languages = List.copyOf(languages);
    }

    /** A template read from one sheet. {@code code} is null when the sheet names none (a new template). */
    public record ImportedTemplate(String sheet, String code, ChecklistTemplate template) {
    }

    static List<String> headers(Messages m) {
        return List.of(m.get("xlsx.template.column.section"), m.get("xlsx.template.column.content"),
                m.get("xlsx.template.column.requirement"), m.get("xlsx.template.column.criteria"),
                m.get("xlsx.template.column.points"), m.get("xlsx.template.column.remark"));
    }

    static String sectionText(TemplateSection section) {
        return section.title() + "\n（" + Scores.format(section.subtotal()) + "分）";
    }

    /** All templates of the workbook, or a {@link DomainException} listing every fault found. */
    public List<ImportedTemplate> read(InputStream in, String fileName) {
        List<Problem> problems = new ArrayList<>();
        List<ImportedTemplate> out = eachSheet(in, fileName, sheet -> new SheetRead(sheet, problems).read());
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("problem.xlsx.noTemplate", fileName));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return out;
    }

    /**
     * What {@code sheetReader} makes of each visible sheet with rows (null: nothing), in order; a file that is no
     * workbook is refused as unreadable.
     */
    static <T> List<T> eachSheet(InputStream in, String fileName, Function<Sheet, T> sheetReader) {
        List<T> out = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(in)) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                if (book.isSheetHidden(s) || sheet.getPhysicalNumberOfRows() == 0) {
                    continue;
                }
                T t = sheetReader.apply(sheet);
                if (t != null) {
                    out.add(t);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(Problem.of("problem.xlsx.unreadable", fileName, String.valueOf(e.getMessage())));
        }
        return out;
    }

    /** The reading of one sheet, collecting its faults. */
    private final class SheetRead {
        private final Sheet sheet;
        private final List<Problem> problems;
        private final DataFormatter formatter = new DataFormatter();
        private final List<Integer> sectionRows = new ArrayList<>();
        private final List<List<Integer>> itemRows = new ArrayList<>();

        SheetRead(Sheet sheet, List<Problem> problems) {
            this.sheet = sheet;
            this.problems = problems;
        }

        ImportedTemplate read() {
            int headerRow = findHeader();
            if (headerRow < 0) {
                at(1, -1, Problem.of("problem.xlsx.noHeader", String.join(" | ", headers(languages.get(0)))));
                return null;
            }
            int problemsBefore = problems.size();
            String title = firstText(0);
            String code = null;
            ServiceLine line = ServiceLine.PROPERTY;
            NaPolicy na = NaPolicy.RESCALE;
            GradeBands bands = GradeBands.DEFAULT;
            String source = "";
            for (int r = 1; r < headerRow; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c < TemplateWorkbook.COLUMNS - 1; c++) {
                    String key = text(row, c);
                    String value = text(row, c + 1);
                    if (isLabel(key, "xlsx.template.code")) {
                        code = value.isBlank() ? null : value.strip();
                    } else if (isLabel(key, "xlsx.template.serviceLine")) {
                        line = TemplateWorkbook.serviceLine(value.strip(), languages);
                        if (line == null) {
                            at(r + 1, c + 1, Problem.of("problem.xlsx.serviceLine", value));
                        }
                    } else if (isLabel(key, "xlsx.template.na")) {
                        na = TemplateWorkbook.naPolicy(value.strip(), languages);
                        if (na == null) {
                            at(r + 1, c + 1, Problem.of("problem.xlsx.na", value));
                        }
                    } else if (isLabel(key, "xlsx.template.grades")) {
                        try {
                            bands = GradeBandsText.parse(value);
                        } catch (DomainException e) {
                            e.problems().forEach(p -> at(row.getRowNum() + 1, 1, p));
                        }
                    } else if (isLabel(key, "xlsx.template.source")) {
                        source = value.strip();
                    }
                }
            }
            List<TemplateSection> sections = readItems(headerRow, code == null ? "imported" : code);
            if (problems.size() > problemsBefore) {
                return null;
            }
            String templateCode = code == null ? "imported" : code;
            ChecklistTemplate t = new ChecklistTemplate(ChecklistTemplate.versionId(templateCode, 1), templateCode, 1,
                    title, line == null ? ServiceLine.PROPERTY : line, source, PublishChecks.TOTAL,
                    na == null ? NaPolicy.RESCALE : na, bands, sections);
            for (PublishChecks.Finding f : PublishChecks.check(t)) {
                if (f.error()) {
                    int row = f.item() >= 0 ? itemRows.get(f.section()).get(f.item())
                            : f.section() >= 0 ? sectionRows.get(f.section()) : 1;
                    at(row, f.item() >= 0 ? -1 : f.section() >= 0 ? 0 : -1, f.problem());
                }
            }
            return problems.size() > problemsBefore ? null : new ImportedTemplate(sheet.getSheetName(), code, t);
        }

        private List<TemplateSection> readItems(int headerRow, String code) {
            List<TemplateSection> sections = new ArrayList<>();
            String sectionTitle = null;
            BigDecimal subtotal = null;
            List<TemplateItem> items = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), headerRow + MAX_ROWS);
            for (int r = headerRow + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row)) {
                    continue;
                }
                String a = text(row, 0).strip();
                if (isFooter(a)) {
                    break;
                }
                if (!a.isEmpty()) {
                    if (sectionTitle != null) {
                        sections.add(new TemplateSection(sectionTitle, subtotal, items));
                    }
                    items = new ArrayList<>();
                    itemRows.add(new ArrayList<>());
                    sectionRows.add(r + 1);
                    Matcher m = SECTION.matcher(a);
                    if (m.matches()) {
                        sectionTitle = m.group(1).strip();
                        subtotal = Scores.of(m.group(2));
                    } else {
                        sectionTitle = a;
                        subtotal = Scores.of("0");
                        at(r + 1, 0, Problem.of("problem.xlsx.subtotal", a));
                    }
                } else if (sectionTitle == null) {
                    at(r + 1, 0, Problem.of("problem.xlsx.noSection"));
                    sectionTitle = "";
                    subtotal = Scores.of("0");
                    itemRows.add(new ArrayList<>());
                    sectionRows.add(r + 1);
                }
                TemplateItem item = readItem(row, r, code, sections.size() + 1, items.size() + 1);
                if (item != null) {
                    items.add(item);
                    itemRows.get(itemRows.size() - 1).add(r + 1);
                }
            }
            if (sectionTitle != null) {
                sections.add(new TemplateSection(sectionTitle, subtotal, items));
            }
            return sections;
        }

        private TemplateItem readItem(Row row, int r, String templateCode, int section, int position) {
            String content = text(row, 1).strip();
            String itemCode = section + "." + position;
            Matcher m = CODE.matcher(content);
            if (m.matches() && m.group(1).matches(".*\\d.*")) {
                itemCode = m.group(1);
                content = m.group(2).strip();
            }
            if (content.isEmpty()) {
                at(r + 1, 1, Problem.of("problem.xlsx.noContent"));
            }
            BigDecimal points = points(row, r);
            CriteriaPhrases.Cell criteria = CriteriaPhrases.readCell(text(row, 3));
            criteria.parsed().problems().forEach(p -> at(r + 1, 3, p));
            String remark = text(row, 5).strip();
            boolean naAllowed = false;
            for (Messages m2 : languages) {
                String marker = m2.get("xlsx.template.naAllowed");
                if (remark.equals(marker) || remark.endsWith("\n" + marker)) {
                    naAllowed = true;
                    remark = remark.substring(0, remark.length() - marker.length()).strip();
                    break;
                }
            }
            if (points == null) {
                return null;
            }
            return new TemplateItem(ChecklistTemplate.itemId(templateCode, 1, itemCode), itemCode, content,
                    text(row, 2).strip(), criteria.criteria(), points, naAllowed, remark, criteria.parsed().rules());
        }

        private BigDecimal points(Row row, int r) {
            Cell cell = row.getCell(4);
            CellType type = cell == null ? CellType.BLANK : cell.getCellType() == CellType.FORMULA
                    ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return Scores.normalise(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
            String written = text(row, 4).strip();
            String value = written.endsWith("分") ? written.substring(0, written.length() - 1).strip() : written;
            if (value.isEmpty()) {
                at(r + 1, 4, Problem.of("problem.xlsx.noPoints"));
                return null;
            }
            try {
                return Scores.of(value);
            } catch (NumberFormatException e) {
                at(r + 1, 4, Problem.of("problem.xlsx.points", written));
                return null;
            }
        }

        private int findHeader() {
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 15); r++) {
                Row row = sheet.getRow(r);
                if (row != null && isLabel(text(row, 1), "xlsx.template.column.content")
                        && isLabel(text(row, 3), "xlsx.template.column.criteria")) {
                    return r;
                }
            }
            return -1;
        }

        private boolean isFooter(String a) {
            return languages.stream().anyMatch(m -> a.startsWith(m.get("xlsx.template.footerStart")));
        }

        private boolean isLabel(String text, String key) {
            String t = text.strip();
            return languages.stream().anyMatch(m -> m.get(key).equals(t));
        }

        private boolean blankRow(Row row) {
            for (int c = 0; c < TemplateWorkbook.COLUMNS; c++) {
                if (!text(row, c).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private String firstText(int r) {
            Row row = sheet.getRow(r);
            if (row == null) {
                return "";
            }
            for (int c = 0; c < TemplateWorkbook.COLUMNS; c++) {
                if (!text(row, c).isBlank()) {
                    return text(row, c).strip();
                }
            }
            return "";
        }

        private String text(Row row, int c) {
            Cell cell = row.getCell(c);
            return cell == null ? "" : formatter.formatCellValue(cell);
        }

        /** A fault at a 1-based row and a 0-based column (-1: the whole row). */
        private void at(int row, int column, Problem problem) {
            String where = column < 0 ? "" : CellReference.convertNumToColString(column);
            String what = languages.get(0).problem(problem);
            problems.add(column < 0 ? Problem.of("problem.xlsx.atRow", sheet.getSheetName(), String.valueOf(row), what)
                    : Problem.of("problem.xlsx.at", sheet.getSheetName(), String.valueOf(row), where, what));
        }
    }
}
