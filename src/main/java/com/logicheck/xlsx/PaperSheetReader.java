package com.logicheck.xlsx;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 补录 from Excel: answered paper sheets in the template's own layout ({@link TemplateWorkbook#writePaperForm}) —
 * above the header the paper's fields (编号, 服务单位, 地点, 检查人, 检查日期, 检查时间), and a 扣分 column beside 分值 where
 * only the deducted items carry points. Reads text only; what the names and numbers mean is checked by the service.
 * Every fault is reported with its sheet and row, and a workbook with any fault yields nothing.
 */
public final class PaperSheetReader {
    static final List<String> FIELDS = List.of("xlsx.template.code", "xlsx.paper.provider", "xlsx.paper.place",
            "xlsx.paper.inspector", "xlsx.paper.date", "xlsx.paper.time");
    private static final Pattern CODE = Pattern.compile("^([0-9A-Za-z][0-9A-Za-z.\\-_]{0,19})[ \\u3000]+\\S[\\s\\S]*$");
    private final List<Messages> languages;

    public PaperSheetReader(List<Messages> languages) {
        this.languages = List.copyOf(languages);
    }

    /** One deduction as written: its 1-based row, the item's number and the points as typed. */
    public record Deduction(int row, String code, String points) {
    }

    /**
     * One answered sheet: its worksheet, the paper's fields by key ({@link #FIELDS}; blank when not written) and the
     * deductions in row order.
     */
    public record PaperForm(String sheet, Map<String, String> fields, List<Deduction> deductions) {
        public PaperForm {
            fields = Map.copyOf(fields);
            deductions = List.copyOf(deductions);
        }

        public String field(String key) {
            return fields.getOrDefault(key, "");
        }
    }

    /** Every answered sheet of the workbook, or a {@link DomainException} listing every fault found. */
    public List<PaperForm> read(InputStream in, String fileName) {
        List<Problem> problems = new ArrayList<>();
        List<PaperForm> forms = TemplateSheetReader.eachSheet(in, fileName, sheet -> new SheetRead(sheet, problems).read());
        if (forms.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("problem.xlsx.paper.none", fileName));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return forms;
    }

    private final class SheetRead {
        private final Sheet sheet;
        private final List<Problem> problems;
        private final DataFormatter formatter = new DataFormatter();

        SheetRead(Sheet sheet, List<Problem> problems) {
            this.sheet = sheet;
            this.problems = problems;
        }

        PaperForm read() {
            int header = -1;
            int deductionColumn = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20) && header < 0; r++) {
                Row row = sheet.getRow(r);
                if (row != null && is(text(row, 1), "xlsx.template.column.content")
                        && is(text(row, 3), "xlsx.template.column.criteria")) {
                    header = r;
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        if (is(text(row, c), "xlsx.paper.column.deduction")) {
                            deductionColumn = c;
                        }
                    }
                }
            }
            if (header < 0) {
                problems.add(Problem.of("problem.xlsx.atRow", sheet.getSheetName(), "1",
                        languages.get(0).get("problem.xlsx.paper.noHeader")));
                return null;
            }
            if (deductionColumn < 0) {
                problems.add(Problem.of("problem.xlsx.atRow", sheet.getSheetName(), String.valueOf(header + 1),
                        languages.get(0).get("problem.xlsx.paper.noDeductionColumn")));
                return null;
            }
            Map<String, String> fields = fields(header);
            List<Deduction> deductions = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String points = text(row, deductionColumn).strip();
                Matcher code = CODE.matcher(text(row, 1).strip());
                if (points.isEmpty()) {
                    continue;
                }
                if (!code.matches()) {
                    problems.add(Problem.of("problem.xlsx.atRow", sheet.getSheetName(), String.valueOf(r + 1),
                            languages.get(0).get("problem.xlsx.paper.noItem", text(row, 1).strip())));
                    continue;
                }
                deductions.add(new Deduction(r + 1, code.group(1), points));
            }
            return new PaperForm(sheet.getSheetName(), fields, deductions);
        }

        /** The paper's fields: a label cell above the header, its value in the next cell to the right. */
        private Map<String, String> fields(int header) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int r = 0; r < header; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c + 1 < Math.max(row.getLastCellNum(), 0); c++) {
                    String label = text(row, c);
                    for (String key : FIELDS) {
                        if (is(label, key)) {
                            fields.put(key, value(row.getCell(c + 1)));
                        }
                    }
                }
            }
            return fields;
        }

        /** A cell's text; a date cell as 2026-11-03, a time cell as 08:40. */
        private String value(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                var at = cell.getLocalDateTimeCellValue();
                return at.getYear() < 1901 ? at.format(DateTimeFormatter.ofPattern("HH:mm"))
                        : at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString()
                        : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            }
            return formatter.formatCellValue(cell).strip();
        }

        private boolean is(String text, String key) {
            String t = text.strip();
            return !t.isEmpty() && languages.stream().anyMatch(m -> m.get(key).equals(t));
        }

        private String text(Row row, int c) {
            Cell cell = row.getCell(c);
            return cell == null ? "" : formatter.formatCellValue(cell);
        }
    }
}
