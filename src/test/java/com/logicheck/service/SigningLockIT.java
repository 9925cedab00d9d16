package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing locks a sheet: every write path refuses it; a correction is a new revision that supersedes it, and
 * both stay visible. Refused signings leave the database and the signed folder as they were.
 */
@DatabaseTest
class SigningLockIT {
    @TempDir
    Path dir;

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.first().key()).isEqualTo(key));
    }

    /** What a refused signing must leave untouched. */
    private record Snapshot(InspectionStatus status, int signatures, List<String> history, List<Path> signedFiles,
                            Map<UUID, ItemResult> results) {
    }

    private static Snapshot snapshot(AppContext c, UUID id) throws Exception {
        Path signedFolder = c.dataDirectory().signedSheets();
        List<Path> files = Files.exists(signedFolder) ? Files.list(signedFolder).sorted().toList() : List.of();
        return new Snapshot(c.core().signedSheets().state(id).orElseThrow().status(), c.core().signedSheets().signatures(id).size(),
                c.inspection().inspections().history(id).stream().map(ChangeLog.Entry::action).toList(), files,
                c.inspection().inspections().results(id));
    }

    @Test
    void everyWritePathRefusesASignedSheet() {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            InspectionLifecycle finished = c.inspection().inspections().lifecycle(f.sheet.id()).orElseThrow();
            f.sign();
            Inspection sheet = f.sheet;
            UUID actor = f.inspector.id();
            UUID item = f.template.items().findFirst().orElseThrow().id();
            UUID photo = c.core().photos().photos(sheet.id()).get(0).id();
            var before = c.inspection().inspections().results(sheet.id());
            refused(() -> c.inspection().service().answer(sheet, ItemResult.pass(item), actor), "problem.inspection.locked");
            refused(() -> c.inspection().inspections().saveResult(sheet.id(), ItemResult.pass(item), BigDecimal.ZERO, actor),
                    "problem.inspection.locked");
            refused(() -> c.inspection().service().clear(sheet, item, actor), "problem.inspection.locked");
            refused(() -> c.inspection().service().finish(sheet, actor), "problem.inspection.locked");
            refused(() -> c.inspection().service().reopen(sheet.id(), actor), "problem.inspection.cannotReopen");
            refused(() -> c.core().photos().attach(sheet.id(), item, new DemoPhotos(dir.resolve("p")).make(new Random(1)),
                    null, actor), "problem.inspection.locked");
            refused(() -> c.core().photos().remove(sheet.id(), photo, actor), "problem.inspection.locked");
            refused(f::sign, "problem.sign.alreadySigned");
            // the store itself signs once: a signing decided before the first one is refused when it is written
            refused(() -> c.core().signedSheets().sign(finished, finished.sign(OffsetDateTime.now(Clocks.system()), "x"),
                    List.of(), actor), "problem.sign.alreadySigned");
            assertThat(c.inspection().inspections().results(sheet.id())).isEqualTo(before);
            assertThat(c.core().photos().photos(sheet.id())).hasSize(3);
            assertThat(c.core().signedSheets().state(sheet.id()).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);
        }
    }

    @Test
    void aCorrectionIsANewRevisionAndTheSignedSheetStaysAsItWas() throws Exception {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            SigningService.SignedSheet signed = f.sign();
            byte[] signedPdf = Files.readAllBytes(signed.pdf());
            var oldResults = c.inspection().inspections().results(f.sheet.id());

            Inspection revision = c.inspection().signing().revise(f.sheet.id(), "更正漏记的扣分", f.inspector.id());
            assertThat(revision.revision()).isEqualTo(2);
            assertThat(revision.supersedesId()).isEqualTo(f.sheet.id());
            assertThat(revision.status()).isEqualTo(InspectionStatus.DRAFT);
            assertThat(c.core().signedSheets().state(f.sheet.id()).orElseThrow().status()).isEqualTo(InspectionStatus.SUPERSEDED);
            assertThat(c.core().signedSheets().supersededBy(f.sheet.id())).contains(revision.id());
            assertThat(c.inspection().inspections().results(revision.id())).isEqualTo(oldResults);
            assertThat(c.core().photos().details(revision.id())).extracting(p -> p.sha256())
                    .containsExactlyElementsOf(c.core().photos().details(f.sheet.id()).stream().map(p -> p.sha256()).toList());
            // both are visible in the lists
            assertThat(c.inspection().inspections().drafts()).extracting(r -> r.id()).contains(revision.id());
            assertThat(c.inspection().inspections().recent(50)).extracting(r -> r.id()).contains(f.sheet.id());

            // the revision is an ordinary draft; the superseded sheet is still locked, its PDF still verifies
            UUID item = f.deductedItems.get(0);
            c.inspection().service().answer(revision, ItemResult.pass(item), f.inspector.id());
            assertThat(c.inspection().inspections().results(revision.id()).get(item).outcome()).isEqualTo(Outcome.PASS);
            assertThat(c.inspection().inspections().results(f.sheet.id()).get(item).outcome()).isEqualTo(Outcome.DEDUCT);
            refused(() -> c.inspection().service().answer(f.sheet, ItemResult.pass(item), f.inspector.id()),
                    "problem.inspection.locked");
            refused(() -> c.inspection().signing().revise(f.sheet.id(), "更正漏记的扣分", f.inspector.id()),
                    "problem.revise.superseded");
            assertThat(Files.readAllBytes(signed.pdf())).isEqualTo(signedPdf);
            assertThat(c.inspection().verify().verify(signed.pdf()).ok()).isTrue();

            // the revision is signed in its turn: its PDF says revision 2
            c.inspection().service().finish(revision, f.inspector.id());
            var second = c.inspection().signing().sign(revision.id(), f.request(), SignedSheetFixture.PASSWORD, f.inspector.id());
            assertThat(SheetRecords.parse(PdfVerifier.embeddedRecord(Files.readAllBytes(second.pdf()),
                    SheetRecord.FILE_NAME)).inspection().supersedesId()).isEqualTo(f.sheet.id());
        }
    }

    @Test
    void aDraftOrUnfinishedSheetCannotBeRevisedAndAnUnansweredOneCannotBeSigned() throws Exception {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.create(c, dir.resolve("scratch"), false, 0);
            c.inspection().service().clear(f.sheet, f.template.items().findFirst().orElseThrow().id(), f.inspector.id());
            Snapshot before = snapshot(c, f.sheet.id());
            refused(f::sign, "problem.sign.unanswered");
            refused(() -> c.inspection().signing().revise(f.sheet.id(), "更正漏记的扣分", f.inspector.id()),
                    "problem.revise.notSigned");
            assertThat(snapshot(c, f.sheet.id())).isEqualTo(before);
            assertThat(Files.exists(c.dataDirectory().keys())).isFalse();
        }
    }

    @Test
    void aWrongPasswordOrADamagedKeystoreIsRefusedAndNothingChanges() throws Exception {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture first = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            first.sign(); // creates the inspector's key with the right password
            SignedSheetFixture f = SignedSheetFixture.create(c, dir.resolve("scratch2"), true, 0);
            // same person: use the first inspector's key for the second sheet
            UUID sheet = f.sheet.id();
            Path keystore = c.dataDirectory().keys().resolve(f.inspector.id() + ".p12");
            Files.createDirectories(keystore.getParent());
            Files.copy(c.dataDirectory().keys().resolve(first.inspector.id() + ".p12"), keystore);
            Snapshot before = snapshot(c, sheet);
            refused(() -> c.inspection().signing().sign(sheet, f.request(), "falsch".toCharArray(), f.inspector.id()),
                    "problem.key.wrongPassword");
            refused(() -> c.inspection().signing().sign(sheet, f.request(), new char[0], f.inspector.id()),
                    "problem.key.noPassword");
            Files.writeString(keystore, "garbage");
            refused(() -> c.inspection().signing().sign(sheet, f.request(), SignedSheetFixture.PASSWORD, f.inspector.id()),
                    "problem.key.corrupt");
            assertThat(snapshot(c, sheet)).isEqualTo(before);
        }
    }

    @Test
    void aMissingPhotoFileOrABadSignatureImageIsRefusedAndNothingChanges() throws Exception {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            Snapshot before = snapshot(c, f.sheet.id());
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest("not a png".getBytes(),
                    null, null), SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.badImage");
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(null, null, null),
                    SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.noInspectorSignature");
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng("张伟", 1), SigningService.SignerInput.refused("王敏", " ", "李明"), null),
                    SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.refusalReason");
            // both sides sign: no 受检方 signature and no refusal, or a refusal nobody witnessed, is refused
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng("张伟", 1), null, null),
                    SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.noInspectee");
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng("张伟", 1), SigningService.SignerInput.refused("王敏", "有异议", " "), null),
                    SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.refusalWitness");
            refused(() -> c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng("张伟", 1), SigningService.SignerInput.drawn(null, "王敏", null), null),
                    SignedSheetFixture.PASSWORD, f.inspector.id()), "problem.sign.noImage");
            Files.delete(c.core().photos().photos(f.sheet.id()).get(1).file());
            refused(f::sign, "problem.sign.photoMissing");
            assertThat(snapshot(c, f.sheet.id())).isEqualTo(before);
        }
    }

    @Test
    void aRefusalToSignIsRecordedWithItsReason() throws Exception {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.create(c, dir.resolve("scratch"), true, 0);
            var signed = c.inspection().signing().sign(f.sheet.id(), new SigningService.SignRequest(
                    SignedSheetFixture.signaturePng("张伟", 1),
                    SigningService.SignerInput.refused("王敏", "对第1.1项扣分有异议，将书面申辩", "李明（保卫科）"), null),
                    SignedSheetFixture.PASSWORD, f.inspector.id());
            assertThat(c.core().signedSheets().signatures(f.sheet.id())).extracting(s -> s.refusedReason())
                    .containsExactly(null, "对第1.1项扣分有异议，将书面申辩");
            String text;
            try (var doc = Loader.loadPDF(Files.readAllBytes(signed.pdf()))) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            }
            assertThat(text).contains("王敏拒绝签字，原因：对第1.1项扣分有异议，将书面申辩");
            assertThat(text).contains("将书面申辩（见证人：李明（保卫科））");
            assertThat(c.core().signedSheets().signatures(f.sheet.id())).extracting(s -> s.witness())
                    .containsExactly(null, "李明（保卫科）");
            // the stored signature is used next time when none is given
            assertThat(c.dataDirectory().keys().resolve(f.inspector.id() + "-signature.png")).exists();
        }
    }
}
