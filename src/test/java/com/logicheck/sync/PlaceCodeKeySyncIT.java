package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.PlaceCodesIT;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's place-code key and the places' label generations travel in the signed reference package
 * (issue 16, ADR 0042): a second laptop accepts the codes the first printed and refuses a forged one; a signed sheet's
 * check-in is stored by the laptop that imports it and printed on its PDF (扫码时间, 停留时间); a reprint on
 * the first revokes the old label on the second; a laptop with another key of its own gets a conflict with both sides
 * (fingerprints, never the secret) and keeps its key until a person takes the incoming one.
 */
@DatabaseTest
class PlaceCodeKeySyncIT {
    static final char[] PASSWORD = "地点码-同步-2026".toCharArray();
    @TempDir
    Path dir;

    @Test
    void aSecondLaptopAcceptsTheCodesTheFirstPrintedAndFollowsItsReprints() throws Exception {
        Path folder = dir.resolve("U盘");
        AssessmentWorld w = new AssessmentWorld(dir.resolve("a"));
        try (AppContext a = w.c; AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")), AssessmentWorld.CLOCK)) {
            PlaceCodes onA = a.referenceData().placeCodes();
            String token = PlaceCodesIT.decodeFirstPage(onA.labels(w.supervisor.id(), "心内科病区").pdf());
            a.sync().referenceExporter().export(folder, w.supervisor, PASSWORD, w.supervisor.id());

            PlaceCodes onB = b.referenceData().placeCodes();
            refused(() -> onB.read(token, How.SCANNED), "problem.placeCode.noKey");
            RecordExchangeIT.trustAll(b, a);
            ImportReport report = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(report.needingAttention()).isEmpty();
            assertThat(b.sync().conflicts().open()).isEmpty();

            assertThat(onB.read(token, How.SCANNED).placeId()).isEqualTo(w.ward.id());
            String forged = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
            refused(() -> onB.read(forged, How.SCANNED), "problem.placeCode.forged");
            String shortCode = PlaceCodesIT.shortCodeOf(onA.labels(w.supervisor.id(), "心内科病区").pdf());
            assertThat(onB.read(shortCode, How.TYPED).placeId()).isEqualTo(w.ward.id());

            // the check-in travels with the signed sheet: B stores it and B's copy of the signed PDF prints it
            UUID sheet = signedSheetCheckedInWith(w, token);
            a.sync().exporter().export(folder);
            RecordExchangeIT.trustAll(b, a);
            assertThat(b.sync().importer().importFolder(folder, null, r -> { }).needingAttention()).isEmpty();
            assertThat(onB.checkIns(sheet)).singleElement().satisfies(c -> {
                assertThat(c.placeId()).isEqualTo(w.ward.id());
                assertThat(c.how()).isEqualTo(How.SCANNED);
                assertThat(c.code()).isEqualTo(token);
            });
            assertThat(CheckIn.present(w.ward.id(), onB.checkIns(sheet))).isTrue();
            String printed = text(Files.readAllBytes(b.inspection().signing().signedPdf(sheet).orElseThrow()));
            assertThat(printed).contains("扫码时间").contains("停留时间").doesNotContain("未到点确认");

            // A reprints the lost label: after the next package B refuses the old label and accepts the new one
            String fresh = PlaceCodesIT.decodeFirstPage(onA.reprint(w.supervisor.id(), w.ward.id()).pdf());
            a.sync().referenceExporter().export(folder, w.supervisor, PASSWORD, w.supervisor.id());
            assertThat(b.sync().importer().importFolder(folder, null, r -> { }).needingAttention()).isEmpty();
            assertThat(b.sync().conflicts().open()).isEmpty();
            refused(() -> onB.read(token, How.SCANNED), "problem.placeCode.revoked");
            assertThat(onB.read(fresh, How.SCANNED).generation()).isEqualTo(2);
        }
    }

    @Test
    void anotherKeyIsAConflictWithBothSidesAndReplacesTheLaptopsKeyOnlyWhenAPersonTakesIt() throws Exception {
        Path folder = dir.resolve("U盘");
        AssessmentWorld w = new AssessmentWorld(dir.resolve("a"));
        try (AppContext a = w.c; AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("c")), AssessmentWorld.CLOCK)) {
            // C receives A's places before A has a key, then prints labels of its own (a key of its own)
            a.sync().referenceExporter().export(folder, w.supervisor, PASSWORD, w.supervisor.id());
            RecordExchangeIT.trustAll(c, a);
            assertThat(c.sync().importer().importFolder(folder, null, r -> { }).needingAttention()).isEmpty();
            PlaceCodes onC = c.referenceData().placeCodes();
            String own = PlaceCodesIT.decodeFirstPage(onC.labels(w.supervisor.id(), "心内科病区").pdf());
            String fromA = PlaceCodesIT.decodeFirstPage(a.referenceData().placeCodes()
                    .labels(w.supervisor.id(), "心内科病区").pdf());
            a.sync().referenceExporter().export(folder, w.supervisor, PASSWORD, w.supervisor.id());

            ImportReport report = c.sync().importer().importFolder(folder, w.supervisor.id(), r -> { });
            assertThat(report.results()).extracting(ImportReport.FileResult::kind).contains(ImportReport.Kind.CONFLICT);
            List<SyncConflict> open = c.sync().conflicts().open();
            assertThat(open).extracting(SyncConflict::title).containsExactly("place_code_key");
            SyncConflict key = open.get(0);
            assertThat(key.kind()).isEqualTo(SyncConflict.Kind.REFERENCE);
            assertThat(key.mayTakeIncoming()).isTrue();
            assertThat(key.local().json()).contains("fingerprint").doesNotContain("secret")
                    .isNotEqualTo(key.incoming().json());
            assertThat(key.incoming().json()).contains("fingerprint").doesNotContain("secret")
                    .contains(a.core().reference().organisation().orElseThrow().id().toString());
            // nothing replaced silently: C still checks with its own key
            assertThat(onC.read(own, How.SCANNED).placeId()).isEqualTo(w.ward.id());
            refused(() -> onC.read(fromA, How.SCANNED), "problem.placeCode.otherOrganisation");

            c.sync().conflicts().decide(key, SyncConflict.Decision.TAKE_INCOMING, w.supervisor.id());
            assertThat(onC.read(fromA, How.SCANNED).placeId()).isEqualTo(w.ward.id());
            refused(() -> onC.read(own, How.SCANNED), "problem.placeCode.otherOrganisation");
            assertThat(c.sync().conflicts().open()).isEmpty();
        }
    }

    /** A sheet at the ward with a scanned check-in, every item 合格, finished and signed by the inspector. */
    private static UUID signedSheetCheckedInWith(AssessmentWorld w, String token) {
        Inspection draft = w.c.inspection().service().start(new InspectionRepository.NewInspection(
                w.template("hospital-maintenance").id(), w.hospitalProvider.id(), w.ward.id(), w.inspector.id(),
                InspectionKind.SPOT_CHECK));
        PlaceCodes codes = w.c.referenceData().placeCodes();
        codes.checkIn(w.inspector.id(), draft.id(), codes.read(token, How.SCANNED), false);
        for (TemplateItem item : w.template("hospital-maintenance").items().toList()) {
            w.c.inspection().service().answer(draft, ItemResult.pass(item.id()), w.inspector.id());
        }
        w.c.inspection().service().finish(draft, w.inspector.id());
        w.c.inspection().signing().sign(draft.id(), new SigningService.SignRequest(
                SignedSheetFixture.signaturePng(w.inspector.name(), 1), SignedSheetFixture.inspectee(), null),
                PASSWORD, w.inspector.id());
        return draft.id();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
