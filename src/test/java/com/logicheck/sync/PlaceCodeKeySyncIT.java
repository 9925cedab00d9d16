package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.PlaceCodesIT;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's place-code key and the places' label generations travel in the signed reference package
 * (issue 16, ADR 0042): a second laptop accepts the codes the first printed and refuses a forged one; a reprint on
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

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
