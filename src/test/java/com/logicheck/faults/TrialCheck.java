package com.logicheck.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.sync.ImportReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * After a kill: reopens the data folder with {@link AppContext#open} and counts, for the kind of work that was killed,
 * acknowledged steps that are gone, half states, and exceptions on reopen or in the next operation of that kind.
 */
final class TrialCheck {
    record Result(int lost, int halfStates, int uncaught, List<String> tempFiles, List<String> findings) {
        boolean clean() {
            return lost == 0 && halfStates == 0 && uncaught == 0;
        }
    }

    private final FaultWorld world;
    private final Path data;
    private int lost;
    private int half;
    private int uncaught;
    private final List<String> findings = new ArrayList<>();

    TrialCheck(FaultWorld world, Path data) {
        this.world = world;
        this.data = data;
    }

    Result check(FaultKind kind, List<String> acks) {
        try (AppContext c = TestContexts.open(data, FaultWorld.clock(world.epoch()))) {
            switch (kind) {
                case ENTRY -> entry(c, acks);
                case SIGNING -> signing(c, acks);
                case SYNC_IMPORT -> syncImport(c, acks);
                case BACKUP -> backup(c, acks);
                case MONTH_CLOSING -> closing(c, acks);
            }
        } catch (RuntimeException | Error e) {
            uncaught++;
            findings.add("uncaught on reopen or in the next operation: " + e);
        }
        List<String> temp = tempFiles(data);
        for (String t : temp) {
            findings.add("temporary file left: " + t);
        }
        return new Result(lost, half, uncaught, temp, findings);
    }

    private void lost(String what) {
        lost++;
        findings.add("LOST " + what);
    }

    private void half(String what) {
        half++;
        findings.add("HALF STATE " + what);
    }

    private void entry(AppContext c, List<String> acks) {
        UUID draft = world.id("draft");
        Map<UUID, Integer> last = new HashMap<>();
        int max = -1;
        for (String a : acks) {
            String[] p = a.split(" ");
            int n = Integer.parseInt(p[0]);
            last.put(UUID.fromString(p[1]), n);
            max = Math.max(max, n);
        }
        Map<UUID, ItemResult> stored = c.inspection().service().results(draft);
        for (var e : last.entrySet()) {
            ItemResult r = stored.get(e.getKey());
            int kept = r == null || r.note() == null ? -1 : Integer.parseInt(r.note().substring("edit ".length()));
            if (kept < e.getValue()) {
                lost("answer 'edit " + e.getValue() + "' (the stored answer is " + (r == null ? "none" : r.note()) + ")");
            }
        }
        long history = c.inspection().inspections().history(draft).stream().filter(h -> h.action().equals("ANSWERED")).count();
        if (history < max + 1) {
            half(max + 1 + " answers acknowledged, " + history + " ANSWERED rows in the sheet's history");
        }
        // the next operation: another answer, and the sheet scored
        Inspection sheet = c.inspection().service().inspection(draft);
        TemplateItem item = c.inspection().service().template(sheet).items().findFirst().orElseThrow();
        c.inspection().service().answer(sheet, ItemResult.pass(item.id()).withNote("after the kill"), world.id("inspector"));
        c.inspection().service().score(sheet);
    }

    private void signing(AppContext c, List<String> acks) {
        Set<UUID> acked = new HashSet<>();
        acks.forEach(a -> acked.add(UUID.fromString(a)));
        UUID next = null;
        for (UUID id : world.idList("toSign")) {
            SignedSheetRepository.SheetState state = c.core().signedSheets().state(id).orElseThrow();
            boolean signed = state.status() == InspectionStatus.SIGNED;
            Optional<Path> pdf = c.inspection().signing().signedPdf(id);
            if (acked.contains(id) && !signed) {
                lost("signing of " + id + " (status " + state.status() + ")");
            }
            if (signed && pdf.isEmpty()) {
                half("sheet " + id + " is SIGNED without its signed PDF");
            } else if (!signed && pdf.isPresent()) {
                half("signed PDF of " + id + " without the SIGNED state (" + state.status() + ")");
            } else if (signed && !state.contentHash().equals(sha256(pdf.get()))) {
                half("signed PDF of " + id + " is not the file the database names");
            }
            if (!signed && next == null) {
                next = id;
            }
        }
        // the next operation: sign the next sheet (if any is left) and verify a signed file
        if (next != null) {
            c.inspection().signing().sign(next, new SigningService.SignRequest(null, SignedSheetFixture.inspectee(), null),
                    FaultWorld.KEY_PASSWORD,
                    world.id("inspector"));
        }
        for (UUID id : world.idList("toSign")) {
            Optional<Path> pdf = c.inspection().signing().signedPdf(id);
            if (pdf.isPresent() && !c.inspection().verify().verify(pdf.get()).ok()) {
                half("signed PDF of " + id + " does not verify");
            }
        }
    }

    private void syncImport(AppContext c, List<String> acks) {
        Map<UUID, JsonNode> expected = world.expectedImports();
        Set<UUID> acked = new HashSet<>();
        for (String a : acks) {
            String[] p = a.split(" ");
            if (!p[0].equals("REFUSED") && !p[0].equals("HELD") && !p[1].equals("null")) {
                acked.add(UUID.fromString(p[1]));
            } else {
                findings.add("an import step was " + a);
            }
        }
        compareImports(c, expected, acked, "after the kill");
        // the next operation: the same folder imported again completes the import
        ImportReport again = c.sync().importer().importFolder(world.share(), null, r -> { });
        if (!again.needingAttention().isEmpty()) {
            half("the import after the kill needs attention: " + again.needingAttention());
        }
        compareImports(c, expected, expected.keySet(), "after importing again");
    }

    private void compareImports(AppContext c, Map<UUID, JsonNode> expected, Set<UUID> mustBeThere, String when) {
        for (var e : expected.entrySet()) {
            UUID id = e.getKey();
            Optional<SignedSheetRepository.SheetState> state = c.core().signedSheets().state(id);
            if (state.isEmpty()) {
                if (mustBeThere.contains(id)) {
                    lost("imported sheet " + id + " " + when);
                }
                continue;
            }
            JsonNode stored = SheetRecords.tree(SheetRecords.json(c.inspection().records().record(id)));
            if (!stored.equals(e.getValue())) {
                half("sheet " + id + " is not the whole imported record " + when);
            }
            Optional<Path> pdf = c.inspection().signing().signedPdf(id);
            if (pdf.isEmpty()) {
                half("imported sheet " + id + " has no signed PDF " + when);
            } else if (!state.get().contentHash().equals(sha256(pdf.get()))) {
                half("imported sheet " + id + "'s PDF is not the file the database names " + when);
            }
        }
    }

    private void backup(AppContext c, List<String> acks) {
        Path folder = c.backup().backups().folder();
        if (!acks.isEmpty()) {
            Path last = folder.resolve(acks.get(acks.size() - 1));
            if (!Files.isRegularFile(last)) {
                lost("backup " + last.getFileName() + " (acknowledged, the newest acknowledged one)");
            }
        }
        for (Backups.BackupFile b : c.backup().backups().list()) {
            try {
                c.backup().backups().verify(b.file(), BackupMonitor.NONE);
            } catch (DomainException e) {
                half("backup " + b.file().getFileName() + " is listed but does not verify: " + e.first().key());
            }
        }
        // the next operation: another backup, verified
        Path made = c.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file();
        c.backup().backups().verify(made, BackupMonitor.NONE);
    }

    private void closing(AppContext c, List<String> acks) {
        UUID provider = world.id("college");
        int closes = 0;
        int reopens = 0;
        for (String a : acks) {
            String[] p = a.split(" ");
            if (p[0].equals("CLOSED")) {
                closes = Math.max(closes, Integer.parseInt(p[1]));
            } else {
                reopens = Math.max(reopens, Integer.parseInt(p[1]));
            }
        }
        List<AssessmentMonthRepository.Closing> rows = c.assessment().service().closings(provider, FaultWorld.MONTH);
        long closed = rows.stream().filter(r -> r.status().equals("CLOSED")).count();
        long reopened = rows.stream().filter(r -> r.status().equals("REOPENED")).count();
        if (rows.size() < closes) {
            lost(closes + " closings acknowledged, " + rows.size() + " stored");
        }
        if (reopened < reopens) {
            lost(reopens + " reopenings acknowledged, " + reopened + " stored");
        }
        if (closed > 1) {
            half(closed + " closings of the month in force at once");
        }
        var frozen = c.assessment().service().assess(provider, FaultWorld.MONTH).closed();
        if ((closed == 1) != frozen.isPresent()) {
            half("the month is " + (closed == 1 ? "closed without its frozen result" : "frozen without a closing"));
        }
        for (AssessmentMonthRepository.Closing r : rows) {
            if (r.status().equals("REOPENED") && (r.reopenedAt() == null || r.reopenReason() == null)) {
                half("closing " + r.id() + " is REOPENED without who, when or why");
            }
        }
        // the next operation: the month's signed records are prepared, then the month is closed or reopened
        c.core().recordLog().prepareMonths();
        long records = c.core().recordLog().of(RecordLog.monthSubject(provider, FaultWorld.MONTH)).stream()
                .filter(s -> s.record().kind() == SyncRecord.Kind.MONTH_CLOSED).count();
        if (records != rows.size()) {
            half(rows.size() + " closings of the month, " + records + " closing records");
        }
        if (closed == 1) {
            c.assessment().service().reopen(provider, FaultWorld.MONTH, "杀进程之后重新打开", world.id("supervisor"));
        } else {
            c.assessment().service().close(provider, FaultWorld.MONTH, world.id("supervisor"));
        }
    }

    /** Files in the data folder (the database's own folder aside) that a writer meant to remove or rename. */
    static List<String> tempFiles(Path data) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path rel = data.relativize(f);
                String name = f.getFileName().toString();
                if (rel.startsWith("db") || rel.toString().equals(".lock")) {
                    continue;
                }
                if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith(".sync")) {
                    out.add(rel.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String sha256(Path file) {
        try {
            return PdfVerifier.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
