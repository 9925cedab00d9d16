package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.RecordPdfWriter;
import com.logicheck.pdf.SignedFileWriter;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 导出整改与月度考核记录 (ADR 0022): first signs, with the exporting person's key, every record of a step that person took
 * (steps are recorded unsigned when they are taken; a signature needs the key's password), then copies every signed
 * record the folder does not hold yet, like {@link SheetExporter}: the file name ends with the first 12 hex digits of
 * the file's SHA-256, and a file is written under a hidden temporary name and moved into place. Records of other
 * people on this laptop wait until they export with their own password; the result says whose. The records of an
 * order whose sheet is not signed yet wait too (the other laptop could not take the order without its sheet).
 */
public final class RecordExporter {
    private final RecordLog log;
    private final RecordPrints prints;
    private final RecordPdfWriter writer;
    private final PdfSigner signer;
    private final SigningFiles files;
    private final PhotoStore photos;
    private final TrustRepository trust;
    private final Supplier<String> organisation;
    private final Clock clock;

    public RecordExporter(RecordLog log, RecordPrints prints, RecordPdfWriter writer, PdfSigner signer,
                          SigningFiles files, PhotoStore photos, TrustRepository trust, Supplier<String> organisation,
                          Clock clock) {
        this.log = log;
        this.prints = prints;
        this.writer = writer;
        this.signer = signer;
        this.files = files;
        this.photos = photos;
        this.trust = trust;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * What an export did: files written, signed records the folder held already, records signed now, records still
     * waiting for a signature (by person; the exporter's own when no password was given), and problems.
     */
    public record Result(List<Path> written, int alreadyThere, int signed, Map<String, Integer> unsigned,
                         int awaitingSheet, List<Problem> problems) {
    }

    /** Signs {@code by}'s pending records (when {@code password} is given) and copies every signed record. */
    public Result export(Path folder, Person by, char[] password) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LocalFault(Problem.of("problem.export.notWritable", folder.toString()));
        }
        log.prepareMonths();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> waiting = new TreeMap<>();
        int signed = 0;
        UserKeyStore.SigningKey key = null;
        Set<UUID> awaiting = log.ordersAwaitingSheet();
        int awaitingSheet = 0;
        for (RecordLog.Stored s : log.unsigned()) {
            if (awaiting.contains(s.record().subject())) {
                awaitingSheet++;
                continue;
            }
            boolean mine = by != null && s.record().actorId().equals(by.id());
            if (!mine || password == null || password.length == 0) {
                waiting.merge(s.actorName(), 1, Integer::sum);
                continue;
            }
            try {
                if (key == null) {
                    key = UserKeyStore.openOrCreate(files.keystore(by.id()), password, by.name(), organisation.get(), clock);
                    trust.add(key.fingerprint(), key.subject(), by.name(), key.certificateDer(), by.id(), by.id());
                }
                sign(s.record(), key, by);
                signed++;
            } catch (DomainException e) {
                if (key == null) {
                    throw e; // a wrong password: nothing signed, nothing copied
                }
                problems.addAll(e.problems());
            }
        }
        Set<String> held = SheetExporter.hashesIn(folder);
        List<Path> written = new ArrayList<>();
        int already = 0;
        for (RecordLog.Stored s : log.signed()) {
            if (awaiting.contains(s.record().subject())) {
                awaitingSheet++;
                continue;
            }
            String tag = s.fileSha256().substring(0, 12);
            if (held.contains(tag)) {
                already++;
                continue;
            }
            try {
                written.add(copy(s, folder, tag));
                held.add(tag);
            } catch (DomainException e) {
                problems.addAll(e.problems());
            }
        }
        return new Result(written, already, signed, waiting, awaitingSheet, problems);
    }

    private void sign(SyncRecord r, UserKeyStore.SigningKey key, Person by) {
        List<RecordPdfWriter.Attachment> attachments = new ArrayList<>();
        List<RecordFile.Photo> list = RecordFile.photosOf(r);
        for (int i = 0; i < list.size(); i++) {
            RecordFile.Photo p = list.get(i);
            Path file = photos.file(p.sha256(), p.name());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DomainException(Problem.of("problem.sync.record.photoMissing", p.name(), file.toString()));
            }
            if (!p.sha256().equals(PdfVerifier.sha256(bytes))) {
                throw new DomainException(Problem.of("problem.sync.record.photoMissing", p.name(), file.toString()));
            }
            attachments.add(new RecordPdfWriter.Attachment(p.file(), mime(p.name()), bytes,
                    prints.photoCaption(i + 1, p.name())));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        RecordFile envelope = new RecordFile(r, key.fingerprint(), now, list);
        String org = organisation.get();
        PdfSigner.SignatureInfo says = new PdfSigner.SignatureInfo(by.name(), org, prints.reason(r), now);
        String sha = SignedEnvelope.write(envelope,
                (json, fileName) -> writer.write(prints.print(r, log, org, now, attachments, json, fileName)),
                new SignedFileWriter.Signature(signer, key, says), files.recordPdf(r.id()), AtomicFile.Readers.PRIVATE);
        log.markSigned(r.id(), sha);
    }

    private Path copy(RecordLog.Stored s, Path folder, String tag) {
        Path source = files.recordPdf(s.record().id());
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.export.pdfMissing", SheetImporter.shortId(s.record().id()),
                    source.toString()));
        }
        if (!s.fileSha256().equals(PdfVerifier.sha256(pdf))) {
            throw new DomainException(Problem.of("problem.export.pdfDamaged", SheetImporter.shortId(s.record().id()),
                    source.toString()));
        }
        Path target = folder.resolve(prints.fileName(s.record(), s.actorName(), tag));
        AtomicFile.write(target, pdf, AtomicFile.Readers.SHARED);
        return target;
    }

    static String mime(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") ? "image/png" : n.endsWith(".jpg") || n.endsWith(".jpeg") ? "image/jpeg"
                : "application/octet-stream";
    }

    /** Ids of records not signed yet whose step {@code personId} took (the export screen asks for the password). */
    public long unsignedOf(UUID personId) {
        log.prepareMonths();
        return log.unsigned().stream().filter(s -> s.record().actorId().equals(personId)).count();
    }
}
