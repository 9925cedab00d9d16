package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.DataPackagePdfWriter;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.SignedFileWriter;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.ReferenceSnapshot;
import com.logicheck.persistence.ReferenceSyncRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 导出基础数据包: this laptop's reference data (places, providers, people, contracts, templates, schemes) as one signed
 * PDF/A-3b with the JSON inside (ADR 0019), signed with the current user's key. Incremental: the file name ends with
 * the first 12 hex digits of the data's SHA-256, and a folder that holds a package with the same data gets no new one.
 */
public final class ReferenceExporter {
    private final ReferenceSyncRepository repository;
    private final DataPackagePdfWriter writer;
    private final PdfSigner signer;
    private final SigningFiles files;
    private final TrustRepository trust;
    private final Messages messages;
    private final Clock clock;
    private final UUID deviceId;

    public ReferenceExporter(ReferenceSyncRepository repository, DataPackagePdfWriter writer, PdfSigner signer,
                             SigningFiles files, TrustRepository trust, Messages messages, Clock clock, UUID deviceId) {
        this.repository = repository;
        this.writer = writer;
        this.signer = signer;
        this.files = files;
        this.trust = trust;
        this.messages = messages;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** The package written, or the one the folder already held with the same data ({@code written} false). */
    public record Result(Path file, boolean written, int rows) {
    }

    public Result export(Path folder, Person by, char[] password, UUID actorId) {
        ReferenceSnapshot data = repository.snapshot();
        String tag = ReferenceSnapshot.hash(data).substring(0, 12);
        int rows = data.places().size() + data.providers().size() + data.people().size() + data.contracts().size()
                + data.schemeLinks().size() + data.templates().size() + data.schemes().size();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LocalFault(Problem.of("problem.export.notWritable", folder.toString()));
        }
        Path existing = existing(folder, tag);
        if (existing != null) {
            repository.markSent(data);
            return new Result(existing, false, rows);
        }
        UserKeyStore.SigningKey key = UserKeyStore.openOrCreate(files.keystore(by.id()), password, by.name(),
                data.organisation(), clock);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ReferencePackage pack = new ReferencePackage(ReferencePackage.FORMAT, ReferencePackage.SCHEMA_VERSION,
                UUID.randomUUID(), now, deviceId, by.id(), by.name(), key.fingerprint(), data);
        String name = messages.get("sync.package.fileName", now.toLocalDate().toString(), safe(data.organisation()), tag);
        Path target = folder.resolve(name);
        String sha = SignedEnvelope.write(pack, (json, fileName) -> writer.write(print(pack, json, fileName)),
                new SignedFileWriter.Signature(signer, key, new PdfSigner.SignatureInfo(by.name(), data.organisation(),
                        messages.get("sync.package.reason"), now)), target, AtomicFile.Readers.SHARED);
        repository.markSent(data, new ReferenceSyncRepository.PackageInfo(sha,
                pack.packageId(), by.name(), now, target.toString()));
        trust.add(key.fingerprint(), key.subject(), by.name(), key.certificateDer(), by.id(), actorId);
        return new Result(target, true, rows);
    }

    private DataPackagePdfWriter.Print print(ReferencePackage p, byte[] json, String fileName) {
        ReferenceSnapshot d = p.data();
        List<DataPackagePdfWriter.Field> fields = List.of(
                field("sync.package.pdf.organisation", d.organisation()),
                field("sync.package.pdf.signer", p.signerName()),
                field("sync.package.pdf.created", p.createdAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')),
                field("sync.package.pdf.counts", messages.get("sync.package.pdf.countsValue", d.places().size(),
                        d.providers().size(), d.people().size(), d.contracts().size(), d.templates().size(),
                        d.schemes().size())),
                field("sync.package.pdf.note", messages.get("sync.package.pdf.noteValue")));
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("sync.package.pdf.templates"));
        d.templates().forEach(t -> lines.add("  " + t.data().title() + "  v" + t.data().version()));
        lines.add(messages.get("sync.package.pdf.schemes"));
        d.schemes().forEach(s -> lines.add("  " + s.data().title() + "  v" + s.data().version()));
        lines.add(messages.get("sync.package.pdf.providers"));
        d.providers().forEach(v -> lines.add("  " + v.name()));
        lines.add(messages.get("sync.package.pdf.places"));
        d.places().stream().filter(ReferenceSnapshot.PlaceRow::active).forEach(v -> lines.add("  " + v.path()));
        String title = messages.get("sync.package.pdf.title");
        return new DataPackagePdfWriter.Print(title, p.signerName(), d.organisation(),
                messages.get("sync.package.pdf.footer", p.packageId().toString().substring(0, 8)), p.createdAt(),
                fields, lines, json, fileName, messages.get("sync.package.pdf.recordDescription"),
                messages.get("sync.package.pdf.page"));
    }

    private DataPackagePdfWriter.Field field(String key, String value) {
        return new DataPackagePdfWriter.Field(messages.get(key), value == null ? "" : value);
    }

    private static Path existing(Path folder, String tag) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith("_" + tag + ".pdf")).findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException(Problem.of("sync.folderUnreadable", folder.toString(), e.getMessage()));
        }
    }

    private static String safe(String s) {
        String v = s == null || s.isBlank() ? "LogiCheck" : s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return v.length() > 40 ? v.substring(0, 40) : v;
    }
}
