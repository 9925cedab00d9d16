package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.AccountRules;
import com.logicheck.domain.org.JoiningRules;
import com.logicheck.domain.org.JoiningRules.Candidate;
import com.logicheck.domain.org.JoiningRules.Found;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.ReferenceSnapshot.PersonRow;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.service.AccountService;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.OrganisationJoin;
import com.logicheck.service.PasswordHasher;
import com.logicheck.service.UseCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 加入已有单位 through the one sync engine: a PDF of the folder is verified as the 同步 screen verifies it (whole
 * file, signature, then the embedded package), the newest intact reference package is offered with its signer's
 * fingerprint ({@link JoiningRules} decides which, and refuses an empty folder, one without a package, a changed
 * package), and {@link #join} imports it with {@link ReferenceImporter} (all or nothing, as any package), trusts the
 * signer the user confirmed, and gives the chosen person of the package a log-in on this laptop — one unit of work,
 * asked of the {@code AccessPolicy} as the person setting their own password; nothing is written when refused.
 */
public final class OrganisationJoining implements OrganisationJoin {
    private static final Set<String> CHANGED = Set.of("sync.refused.tampered", "sync.refused.appended",
            "sync.refused.truncated");
    private final Parts parts;
    private final SheetFileReader reader;

    /** What joining reads and writes through: the engine's verifier and package importer, trust, accounts. */
    public record Parts(PdfVerifier verifier, ReferenceImporter importer, TrustRepository trust,
                        AccountRepository accounts, SetupRepository setup, PasswordHasher hasher, UseCases useCases,
                        CurrentUser currentUser) {
    }

    public OrganisationJoining(Parts parts) {
        this.parts = parts;
        // the signer is not trusted yet on a new laptop: every intact file is read, and trust is asked of the user
        this.reader = new SheetFileReader(parts.verifier(), fingerprint -> true);
    }

    /** A package read and verified, with the bytes it was read from. */
    private record Read(Path file, byte[] pdf, SheetFileReader.Verified verified, ReferencePackage pkg) {
    }

    @Override
    public Offer read(Path folder) {
        requireFresh();
        List<Candidate> found = new ArrayList<>();
        List<Read> packages = new ArrayList<>();
        for (Path file : SheetImporter.scan(folder)) {
            Object r = readPackage(file);
            if (r instanceof Read read) {
                packages.add(read);
                found.add(new Candidate(file.toString(), Found.PACKAGE, read.pkg().createdAt()));
            } else {
                found.add(new Candidate(file.toString(), (Found) r, null));
            }
        }
        Candidate newest = JoiningRules.newestPackage(folder.toString(), found);
        Read read = packages.stream().filter(p -> p.file().toString().equals(newest.file())).findFirst().orElseThrow();
        return offer(read);
    }

    private Offer offer(Read read) {
        PdfVerifier.SignatureCheck c = read.verified().check();
        List<Member> people = read.pkg().data().people().stream().filter(OrganisationJoining::mayLogIn)
                .map(p -> new Member(p.id(), p.name(), p.role())).toList();
        return new Offer(read.file(), read.pkg().data().organisation(), c.signerName(), c.organisation(),
                c.certificateSha256(), parts.trust().isTrusted(c.certificateSha256()), read.pkg().createdAt(), people);
    }

    private static boolean mayLogIn(PersonRow p) {
        return p.active() && !Role.PROVIDER_CONTACT.name().equals(p.role());
    }

    /** The package in {@code file}, or what else the file is ({@link Found}). */
    private Object readPackage(Path file) {
        byte[] pdf;
        try {
            pdf = Files.size(file) > SheetImporter.DEFAULT_MAX_FILE_BYTES ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            return Found.OTHER;
        }
        if (pdf == null) {
            return Found.OTHER;
        }
        try {
            SheetFileReader.Verified v = reader.verified(pdf);
            return v.referencePackage() ? new Read(file, pdf, v, ReferencePackage.parse(v.record())) : Found.OTHER;
        } catch (DomainException refused) {
            boolean changed = CHANGED.contains(refused.first().key());
            return changed && carriesPackage(pdf) ? Found.TAMPERED_PACKAGE : Found.OTHER;
        }
    }

    private static boolean carriesPackage(byte[] pdf) {
        try {
            return PdfVerifier.embeddedRecord(pdf, ReferencePackage.FILE_NAME, SheetFileReader.MAX_RECORD_BYTES)
                    .bytes() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void requireFresh() {
        if (!parts.setup().needed()) {
            throw new DomainException(Problem.of("problem.setup.alreadyDone"));
        }
    }

    @Override
    public Person join(Join join) {
        String login = AccountService.login(join.login());
        AccountService.requireSame(join.password(), join.repeated());
        AccountService.check(join.password(), login);
        Object r = readPackage(join.file());
        if (!(r instanceof Read read)) {
            throw new DomainException(Problem.of(r == Found.TAMPERED_PACKAGE ? "problem.join.tampered"
                    : "problem.join.noPackage", join.file().toString()));
        }
        PdfVerifier.SignatureCheck c = read.verified().check();
        PersonRow row = read.pkg().data().people().stream().filter(p -> p.id().equals(join.personId())).findFirst()
                .orElse(null);
        JoiningRules.requireConfirmedSigner(c.signerName(), c.certificateSha256(),
                parts.trust().isTrusted(c.certificateSha256()), join.confirmedFingerprint());
        JoiningRules.requireNewcomer(row != null, row == null ? "" : row.name(), null,
                row == null ? null : Role.valueOf(row.role()), row != null && row.active());
        String hash = parts.hasher().hash(join.password());
        Person person = parts.useCases().inTransaction(() -> {
            requireFresh();
            parts.importer().importPackage(read.file(), PdfVerifier.sha256(read.pdf()), read.verified(), row.id());
            AccountRepository.Account account = parts.accounts().lock(row.id());
            JoiningRules.requireNewcomer(true, account.name(), account.login(), account.role(), account.active());
            parts.useCases().require(row.id(), Permission.CHANGE_PASSWORD, AccessContext.account(row.id()));
            AccountRules.requireFreeLogin(login, parts.accounts().loginHolder(login, row.id()));
            parts.trust().add(c.certificateSha256(), c.subject(), c.signerName(), c.certificate(), null, row.id());
            parts.accounts().grantLogin(row.id(), row.id(), login, hash);
            parts.accounts().setPassword(row.id(), row.id(), hash);
            return account.person();
        });
        parts.currentUser().logIn(person);
        return person;
    }
}
