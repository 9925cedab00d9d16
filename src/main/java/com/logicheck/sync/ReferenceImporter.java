package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.persistence.DatabaseFault;
import com.logicheck.persistence.ReferenceSnapshot;
import com.logicheck.persistence.ReferenceSyncRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Merges a signed reference-data package (ADR 0019) whose signature and signer were checked like a sheet's: the
 * package must name the certificate that signed it, then {@link ReferenceSyncRepository#merge} stores it all or
 * nothing, row by row as {@link ReferenceMergeDecider} decides. The file's verdict carries the counts ({@code sync.package.result}).
 */
public final class ReferenceImporter {
    private final ReferenceSyncRepository repository;
    private final ReferenceMergeDecider rules = new ReferenceMergeDecider();

    public ReferenceImporter(ReferenceSyncRepository repository) {
        this.repository = repository;
    }

    boolean known(String sha256) {
        return repository.known(sha256);
    }

    ImportReport.FileResult importPackage(Path file, String sha256, SheetFileReader.Verified verified, UUID actorId) {
        ReferencePackage p = ReferencePackage.parse(verified.record());
        if (!verified.check().certificateSha256().equals(p.signerCertificateSha256())) {
            throw SheetFileReader.refused("sync.refused.signerMismatch", verified.check().signerName(),
                    String.valueOf(p.signerName()));
        }
        ReferenceSnapshot data = p.data();
        ReferenceSyncRepository.Merge merge;
        try {
            merge = repository.merge(data, new ReferenceSyncRepository.PackageInfo(sha256, p.packageId(),
                    verified.check().signerName(), p.createdAt(), file.toString()), actorId, rules);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseFault.isLocal(e)) {
                throw new DatabaseFault(e);
            }
            throw SheetFileReader.refused("sync.refused.invalidReference", e.getClass().getSimpleName());
        }
        List<Object> args = List.of(merge.added(), merge.updated(), merge.unchanged(), merge.conflicts().size(),
                String.join("、", merge.conflicts().stream().limit(5).toList()));
        ImportReport.Kind kind = !merge.conflicts().isEmpty() ? ImportReport.Kind.CONFLICT
                : merge.added() > 0 ? ImportReport.Kind.NEW
                : merge.updated() > 0 ? ImportReport.Kind.UPDATED : ImportReport.Kind.SKIPPED;
        return new ImportReport.FileResult(file, kind, kind == ImportReport.Kind.CONFLICT ? "sync.package.conflicts"
                : "sync.package.result", args, null);
    }
}
