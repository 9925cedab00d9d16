package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceSnapshot;
import com.logicheck.service.DemoData;
import com.logicheck.service.DemoPhotos;
import com.logicheck.service.DemoSchemes;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when test of issue 6: laptop A holds a month of demo work (places, providers with contracts and the
 * hospital scheme, people, sheets signed by three inspectors); laptop B starts empty and is provisioned from the
 * folder (signed reference-data package + sheets), then signs sheets of its own and adds a place while A renames a
 * provider. Both directions through one folder, and both end with identical data — compared as a canonical dump of
 * every signed sheet's record and every reference row, not counts. Running the exchange again changes nothing.
 */
@DatabaseTest
class TwoLaptopMonthIT {
    private static final char[] PASSWORD = "巡检-同步-2026".toCharArray();
    @TempDir
    Path dir;

    @Test
    void aMonthOfWorkOnTwoLaptopsEndsIdenticalAndASecondExchangeChangesNothing() throws Exception {
        Path folder = dir.resolve("网盘/后勤同步");
        try (AppContext a = TestContexts.open(MigratedTemplate.into(dir.resolve("a")));
                AppContext b = TestContexts.open(MigratedTemplate.into(dir.resolve("b")))) {
            new DemoData(a.core().reference(), a.core().templates(), a.inspection().inspections(), a.inspection().service(),
                    a.core().photos(),
                    new DemoPhotos(dir.resolve("scratch")), a.clock()).fill(7);
            new DemoSchemes(a.core().reference(), a.core().schemes(), a.core().templates()).attachHospitalScheme();
            Person supervisor = a.core().reference().people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst()
                    .orElseThrow();
            List<UUID> signedOnA = signFinished(a, 6);
            UUID revisedOnA = revise(a, signedOnA.get(0));

            // A → folder: the reference-data package (signed by the supervisor) and the signed sheets
            ReferenceExporter.Result pack = a.sync().referenceExporter().export(folder, supervisor, PASSWORD, supervisor.id());
            assertThat(pack.written()).isTrue();
            assertThat(a.sync().exporter().export(folder).written()).hasSize(7);

            // B is new: nothing is taken before someone trusts the signers
            ImportReport first = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(first.count(ImportReport.Kind.HELD)).isEqualTo(8);
            assertThat(b.core().reference().providers()).isEmpty();
            trustAll(b, a);
            ImportReport provisioned = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(provisioned.needingAttention()).isEmpty();
            assertThat(provisioned.count(ImportReport.Kind.NEW)).as("package + 6 sheets").isEqualTo(7);
            assertThat(provisioned.count(ImportReport.Kind.UPDATED)).as("the revision").isEqualTo(1);
            assertThat(b.core().reference().organisation().orElseThrow().name())
                    .isEqualTo(a.core().reference().organisation().orElseThrow().name());
            assertThat(dump(b)).isEqualTo(dump(a));

            // a week later: B's inspector signs two sheets and B adds a place; A renames a provider
            Person wang = b.core().reference().people().stream().filter(p -> p.name().equals("王芳")).findFirst().orElseThrow();
            b.core().currentUser().switchTo(wang);
            var org = b.core().reference().organisation().orElseThrow();
            var parent = b.core().reference().places().stream().filter(p -> p.kind() == PlaceKind.SITE).findFirst().orElseThrow();
            var newPlace = b.core().reference().addPlace(org.id(), parent, PlaceKind.AREA, "新建发热门诊");
            signNew(b, wang, newPlace.id());
            signNew(b, wang, newPlace.id());
            renameFirstProvider(a);

            // both directions through the same folder
            b.sync().referenceExporter().export(folder, wang, PASSWORD, wang.id());
            b.sync().exporter().export(folder);
            trustAll(a, b);
            ImportReport intoA = a.sync().importer().importFolder(folder, supervisor.id(), r -> { });
            assertThat(intoA.needingAttention()).isEmpty();
            // B's sheets sort before B's package in the folder: the first creates the new place as a placeholder from
            // the sheet, and the package then replaces the placeholder with the real row (ADR 0019)
            assertThat(intoA.count(ImportReport.Kind.NEW) + intoA.count(ImportReport.Kind.UPDATED))
                    .as("B's package and B's two sheets").isEqualTo(3);
            a.sync().referenceExporter().export(folder, supervisor, PASSWORD, supervisor.id());
            a.sync().exporter().export(folder);
            ImportReport intoB = b.sync().importer().importFolder(folder, wang.id(), r -> { });
            assertThat(intoB.needingAttention()).isEmpty();
            assertThat(intoB.count(ImportReport.Kind.UPDATED)).as("A's renamed provider: " + intoB.results().stream()
                    .filter(r -> r.kind() != ImportReport.Kind.SKIPPED).toList()).isEqualTo(1);

            Map<String, String> dumpA = dump(a);
            assertThat(dump(b)).isEqualTo(dumpA);
            assertThat(dumpA.keySet().stream().filter(k -> k.startsWith("sheet:")).count()).isEqualTo(9);
            assertThat(dumpA.get("reference")).contains("新建发热门诊").contains("（已更名）");
            assertThat(b.core().signedSheets().state(signedOnA.get(0)).orElseThrow().status()).isEqualTo(InspectionStatus.SUPERSEDED);
            assertThat(b.core().signedSheets().state(revisedOnA).orElseThrow().status()).isEqualTo(InspectionStatus.SIGNED);

            // the exchange again: nothing is written, nothing changes
            var countsA = a.sync().repository().counts();
            var countsB = b.sync().repository().counts();
            for (AppContext l : List.of(a, b)) {
                Person who = l == a ? supervisor : wang;
                assertThat(l.sync().referenceExporter().export(folder, who, PASSWORD, who.id()).written()).isFalse();
                assertThat(l.sync().exporter().export(folder).written()).isEmpty();
                ImportReport again = l.sync().importer().importFolder(folder, who.id(), r -> { });
                assertThat(again.results()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.SKIPPED));
            }
            assertThat(a.sync().repository().counts()).isEqualTo(countsA);
            assertThat(b.sync().repository().counts()).isEqualTo(countsB);
            assertThat(dump(a)).isEqualTo(dumpA);
            assertThat(dump(b)).isEqualTo(dumpA);
        }
    }

    /** Every signed / superseded sheet as its record, and the reference data as canonical JSON. */
    static Map<String, String> dump(AppContext context) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<UUID, JsonNode> e : Laptop.sheets(context).entrySet()) {
            String status = context.core().signedSheets().state(e.getKey()).orElseThrow().status().name();
            out.put("sheet:" + e.getKey(), status + " " + e.getValue().toString());
        }
        out.put("reference", new String(ReferenceSnapshot.canonicalJson(context.sync().referenceSync().snapshot()),
                StandardCharsets.UTF_8));
        return out;
    }

    private static List<UUID> signFinished(AppContext a, int n) {
        List<UUID> ids = a.inspection().inspections().recent(200).stream().filter(r -> r.status() == InspectionStatus.FINISHED)
                .limit(n).map(InspectionRepository.InspectionRow::id).toList();
        for (UUID id : ids) {
            Inspection sheet = a.inspection().service().inspection(id);
            String name = a.core().reference().person(sheet.inspectorId()).orElseThrow().name();
            a.inspection().signing().sign(id, new SigningService.SignRequest(SignedSheetFixture.signaturePng(name, 1),
                    SignedSheetFixture.inspectee(), null), PASSWORD, sheet.inspectorId());
        }
        return ids;
    }

    private static UUID revise(AppContext a, UUID signed) {
        Inspection revision = a.inspection().signing().revise(signed, "更正漏记的扣分", null);
        a.inspection().service().finish(revision, revision.inspectorId());
        a.inspection().signing().sign(revision.id(), new SigningService.SignRequest(null, SignedSheetFixture.inspectee(), null), PASSWORD,
                revision.inspectorId());
        return revision.id();
    }

    private static void signNew(AppContext b, Person inspector, UUID placeId) {
        var template = b.core().templates().latest().stream().filter(t -> t.code().equals("hospital-security-fire"))
                .findFirst().orElseThrow();
        UUID provider = b.core().reference().providers().get(0).id();
        Inspection sheet = b.inspection().service().start(new InspectionRepository.NewInspection(template.versionId(),
                provider, placeId, inspector.id(), InspectionKind.SPOT_CHECK));
        b.inspection().service().template(sheet).items().forEach(i ->
                b.inspection().service().answer(sheet, ItemResult.pass(i.id()), inspector.id()));
        b.inspection().service().finish(sheet, inspector.id());
        b.inspection().signing().sign(sheet.id(), new SigningService.SignRequest(
                SignedSheetFixture.signaturePng(inspector.name(), 2), SignedSheetFixture.inspectee(), null), PASSWORD, inspector.id());
    }

    /** A supervisor corrects a provider's short name on A (no screen for it yet: straight in the database). */
    private static void renameFirstProvider(AppContext a) throws Exception {
        var p = a.core().reference().providers().get(0);
        String url = "jdbc:h2:file:" + a.dataDirectory().databaseFile().toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var c = DriverManager.getConnection(url, "sa", "");
             var st = c.prepareStatement("UPDATE provider SET short_name = ? WHERE id = ?")) {
            st.setString(1, p.shortName() + "（已更名）");
            st.setObject(2, p.id());
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }

    /** A supervisor on {@code to} trusts, on purpose, every certificate {@code from} trusts. */
    private static void trustAll(AppContext to, AppContext from) {
        for (var c : from.core().trust().all()) {
            to.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, null);
        }
    }
}
