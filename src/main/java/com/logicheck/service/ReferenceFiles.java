package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import com.logicheck.xlsx.TableWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The place and provider files of the first-run wizard: example files to fill in (地点示例 / 服务企业示例, as .xlsx and
 * .csv) and reading a filled one back (Excel .xlsx, or CSV in UTF-8 with or without BOM). A file with any bad row is
 * refused whole, with every bad row's number.
 */
public final class ReferenceFiles {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private final TableWorkbook workbook = new TableWorkbook();
    private final Messages messages;

    public ReferenceFiles(Messages messages) {
        this.messages = messages;
    }

    public List<PlaceLine> readPlaces(Path file) {
        return ReferenceRows.places(table(file));
    }

    public List<ProviderLine> readProviders(Path file) {
        return ReferenceRows.providers(table(file));
    }

    /** Writes the four example files into {@code folder}; returns the files written. */
    public List<Path> writeExamples(Path folder) {
        List<String> placeHeaders = List.of(messages.get("setup.file.site"), messages.get("setup.file.building"),
                messages.get("setup.file.floor"), messages.get("setup.file.area"));
        List<List<String>> places = List.of(
                List.of("东院区", "门诊楼", "1层", "门诊大厅"),
                List.of("东院区", "住院部1号楼", "5层", "心内科病区"),
                List.of("东院区", "住院部1号楼", "6层", "呼吸科病区"),
                List.of("西院区", "后勤楼", "", "锅炉房"),
                List.of("西院区", "", "", "室外停车场"));
        List<String> providerHeaders = List.of(messages.get("setup.file.providerName"),
                messages.get("setup.file.providerShort"), messages.get("setup.file.serviceLines"));
        List<List<String>> providers = List.of(
                List.of("康洁物业服务有限公司", "康洁物业", "绿化保洁"),
                List.of("安顺保安服务有限公司", "安顺保安", "安保消防"),
                List.of("恒通机电工程有限公司", "恒通机电", "工程维修"),
                List.of("华安后勤服务集团有限公司", "华安后勤", "基础管理、客服及监督"));
        String placeName = messages.get("setup.file.placeExample");
        String providerName = messages.get("setup.file.providerExample");
        Path p1 = write(folder.resolve(placeName + ".xlsx"), workbook.write(placeName, placeHeaders, places));
        Path p2 = write(folder.resolve(placeName + ".csv"), CsvTable.write(placeHeaders, places));
        Path p3 = write(folder.resolve(providerName + ".xlsx"), workbook.write(providerName, providerHeaders, providers));
        Path p4 = write(folder.resolve(providerName + ".csv"), CsvTable.write(providerHeaders, providers));
        return List.of(p1, p2, p3, p4);
    }

    private List<List<String>> table(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DomainException(Problem.of("problem.setup.fileTooLarge", name));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.setup.fileUnreadable", name, String.valueOf(e.getMessage())));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            try {
                return workbook.read(bytes);
            } catch (TableWorkbook.UnreadableException e) {
                throw new DomainException(Problem.of("problem.setup.fileUnreadable", name, e.getMessage()));
            }
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            try {
                return CsvTable.read(bytes);
            } catch (CsvTable.NotUtf8Exception e) {
                throw new DomainException(Problem.of("problem.setup.csvNotUtf8", name));
            }
        }
        throw new DomainException(Problem.of("problem.setup.fileType", name));
    }

    private static Path write(Path file, byte[] bytes) {
        AtomicFile.write(file, bytes, AtomicFile.Readers.SHARED);
        return file;
    }
}
