package com.logicheck.service;

import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.persistence.InspectionRepository.InspectionRow;
import com.logicheck.persistence.RecordLog;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import com.logicheck.sync.ImportReport;
import com.logicheck.sync.RecordImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo month, as {@code demo} makes it (issue 14 item 6), built once: nothing dated after now, orders that
 * fit their sheets, notes written for their items, photos at the inspection, most sheets signed, log-ins that work,
 * 启明物业 on the college scheme — and a month export plus a sync to a second folder that carries the signed sheets and
 * their rectification records.
 */
@DatabaseTest
class DemoMonthIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    @TempDir
    static Path dir;
    private static AppContext c;
    private static DemoMonth.Summary made;

    @BeforeAll
    static void fill() {
        c = AppContext.open(MigratedTemplate.into(dir.resolve("a")), CLOCK);
        made = c.accounts().demo().fill(20261121, true);
    }

    @AfterAll
    static void close() {
        c.close();
    }

    @Test
    void nothingIsDatedAfterNowAndOrdersFitTheirSheets() {
        List<InspectionRow> rows = c.inspection().inspections().recent(1000);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.startedAt().toInstant()).isBefore(CLOCK.instant());
            assertThat(r.status() == InspectionStatus.SIGNED || r.status() == InspectionStatus.DRAFT
                    || !r.updatedAt().atZoneSameInstant(CLOCK.getZone()).toLocalDate().isBefore(TODAY))
                    .as("every sheet finished before today is signed").isTrue();
            assertThat(r.updatedAt().toInstant()).isBeforeOrEqualTo(CLOCK.instant()).isAfterOrEqualTo(r.startedAt().toInstant());
        });
        List<UUID> ids = c.core().database().dsl().select(RECTIFICATION_ORDER.ID).from(RECTIFICATION_ORDER)
                .fetch(RECTIFICATION_ORDER.ID);
        assertThat(ids).hasSizeGreaterThan(20);
        for (UUID id : ids) {
            RectificationOrder o = c.rectification().service().orders().find(id).orElseThrow();
            Inspection sheet = c.inspection().service().inspection(o.inspectionId());
            LocalDate issued = o.raisedAt().atZoneSameInstant(CLOCK.getZone()).toLocalDate();
            assertThat(o.raisedAt().toInstant()).as("raised after its sheet, not after now")
                    .isAfterOrEqualTo(sheet.startedAt().toInstant()).isBeforeOrEqualTo(CLOCK.instant());
            assertThat(o.deadline()).as("deadline on or after the issue date (当日整改 is due the same day)")
                    .isAfterOrEqualTo(issued);
            assertThat(issued).isEqualTo(o.inspectedOn());
            if (o.overdue(TODAY)) {
                assertThat(o.deadline()).isBefore(TODAY);
            }
        }
        assertThat(made.orders().overdue()).isPositive().isLessThan(made.orders().orders());
    }

    @Test
    void notesBelongToTheirItemsAndPhotosToTheInspection() {
        int notes = 0;
        for (InspectionRow r : c.inspection().inspections().recent(1000)) {
            Inspection sheet = c.inspection().service().inspection(r.id());
            ChecklistTemplate t = c.inspection().service().template(sheet);
            Map<UUID, ItemResult> results = c.inspection().inspections().results(r.id());
            for (TemplateSection s : t.sections()) {
                for (var item : s.items()) {
                    ItemResult res = results.get(item.id());
                    if (res != null && res.outcome() == Outcome.DEDUCT && !res.note().startsWith("复查时发现")) {
                        assertThat(DemoFindings.possible(item, s.title())).as(s.title() + " " + item.content())
                                .contains(res.note());
                        notes++;
                    }
                }
            }
            for (var photo : c.core().photos().photos(r.id())) {
                assertThat(photo.takenAt().toInstant()).isAfterOrEqualTo(r.startedAt().toInstant())
                        .isBeforeOrEqualTo(r.updatedAt().toInstant());
            }
        }
        assertThat(notes).isGreaterThan(50);
    }

    @Test
    void mostPastSheetsAreSignedAndVerify() {
        List<InspectionRow> past = c.inspection().inspections().recent(1000).stream()
                .filter(r -> r.status() != InspectionStatus.DRAFT)
                .filter(r -> r.startedAt().atZoneSameInstant(CLOCK.getZone()).toLocalDate().isBefore(TODAY)).toList();
        long signed = past.stream().filter(r -> r.status() == InspectionStatus.SIGNED).count();
        assertThat(signed).isEqualTo(made.signed()).isGreaterThan(past.size() * 3L / 4);
        UUID one = past.stream().filter(r -> r.status() == InspectionStatus.SIGNED).findFirst().orElseThrow().id();
        VerifyService.Report report = c.inspection().verify().verify(c.inspection().signing().signedPdf(one).orElseThrow());
        assertThat(report.ok()).isTrue();
    }

    @Test
    void theDemoLogInsWorkWithTheirRoles() {
        assertThat(made.logins()).extracting(DemoLogins.Login::role)
                .containsExactly(Role.ADMIN, Role.SUPERVISOR, Role.INSPECTOR);
        for (DemoLogins.Login l : made.logins()) {
            AccountService.LogIn in = c.accounts().service().logIn(l.login(), l.password().toCharArray());
            assertThat(in.passwordChangeRequired()).isFalse();
            assertThat(in.person().role()).isEqualTo(l.role());
            assertThat(in.person().name()).isEqualTo(l.name());
        }
        assertThat(c.accounts().service().logInRequired()).isTrue();
    }

    @Test
    void oneProviderIsOnTheCollegeSchemeWithSurveyVetoExemptionAndAppeal() {
        Provider college = c.core().reference().providers().stream().filter(p -> p.shortName().equals(DemoCollege.PROVIDER))
                .findFirst().orElseThrow();
        YearMonth month = YearMonth.from(TODAY);
        AssessmentService.Target target = c.assessment().service().target(college.id(), month);
        assertThat(target.scheme().code()).isEqualTo(DemoCollege.SCHEME);
        var input = c.assessment().service().gather(college.id(), month);
        assertThat(input.survey()).hasSize(30).extracting(r -> r.kind()).contains(RespondentKind.STAFF, RespondentKind.STUDENT);
        assertThat(input.complaints()).isNotEmpty();
        assertThat(input.sheets()).isNotEmpty();
        var last = c.assessment().service().gather(college.id(), month.minusMonths(1));
        assertThat(last.vetoEvents()).extracting(VetoEvent::type).containsExactly(VetoType.WRITTEN_CRITICISM);
        assertThat(c.assessment().service().compute(college.id(), month.minusMonths(1)).veto().vetoed()).isTrue();
        assertThat(input.sheets().stream().flatMap(sh -> sh.exemptions().stream())).isNotEmpty();
        assertThat(input.sheets().stream().flatMap(sh -> sh.appeals().stream())).isNotEmpty();
    }

    @Test
    void monthExportThenSyncCarriesSignedSheetsAndTheirRecordsToASecondFolder() throws Exception {
        YearMonth month = YearMonth.from(TODAY);
        List<Path> exported = c.inspection().export().export(new ExportService.Filter(month, null, null),
                dir.resolve("导出"));
        assertThat(exported).isNotEmpty().allSatisfy(p -> assertThat(Files.readAllBytes(p)).startsWith('%', 'P', 'D', 'F'));

        Path folder = dir.resolve("同步");
        Person supervisor = person(Role.SUPERVISOR);
        c.sync().referenceExporter().export(folder, supervisor, DemoLogins.SUPERVISOR_PASSWORD.toCharArray(),
                supervisor.id());
        assertThat(c.sync().exporter().export(folder).written()).hasSize(made.signed());
        int records = 0;
        for (Person p : c.core().reference().people()) {
            if (p.role() == Role.INSPECTOR || p.role() == Role.SUPERVISOR) {
                String pw = p.role() == Role.SUPERVISOR ? DemoLogins.SUPERVISOR_PASSWORD : DemoLogins.INSPECTOR_PASSWORD;
                records += c.sync().recordExporter().export(folder, p, pw.toCharArray()).written().size();
            }
        }
        assertThat(records).isPositive();

        try (AppContext b = AppContext.open(MigratedTemplate.into(dir.resolve("b")), CLOCK)) {
            for (var cert : c.core().trust().all()) {
                b.core().trust().add(cert.sha256(), cert.subject(), cert.signerName(), cert.certificate(), null, null);
            }
            ImportReport in = b.sync().importer().importFolder(folder, null, r -> { });
            assertThat(in.needingAttention()).isEmpty();
            assertThat(b.inspection().inspections().recent(1000).stream()
                    .filter(r -> r.status() == InspectionStatus.SIGNED)).hasSize(made.signed());
            assertThat(RecordImporter.summary(in)[0]).isEqualTo((long) records);
            RecordLog log = b.core().recordLog();
            assertThat(log.signed()).hasSize(records);
        }
    }

    private static Person person(Role role) {
        return c.core().reference().people().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }
}
