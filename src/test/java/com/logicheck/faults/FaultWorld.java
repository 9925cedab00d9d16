package com.logicheck.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data the campaign's trials start from, built once per run through the real services and copied for every
 * trial: laptop B (the one that is killed) with a draft sheet to fill, finished sheets to sign, a college month ready
 * to close; laptop A's signed sheets exported to a share folder that B trusts; the ids in {@code world.properties}.
 * Time is campaign time: it starts at {@link #START} and runs with the wall clock, in every JVM of the run, so the
 * data never depends on the day the campaign runs.
 */
final class FaultWorld {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant START = Instant.parse("2026-12-05T02:00:00Z");
    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final char[] KEY_PASSWORD = SignedSheetFixture.PASSWORD;

    final Path root;
    final Properties ids;

    private FaultWorld(Path root, Properties ids) {
        this.root = root;
        this.ids = ids;
    }

    /** Campaign time: {@link #START} plus the wall-clock time since {@code epochMillis} (the run's start). */
    static Clock clock(long epochMillis) {
        return Clock.offset(Clock.system(BEIJING), Duration.ofMillis(START.toEpochMilli() - epochMillis));
    }

    Path data() {
        return root.resolve("b").resolve("data");
    }

    Path share() {
        return root.resolve("share");
    }

    long epoch() {
        return Long.parseLong(ids.getProperty("epoch"));
    }

    UUID id(String key) {
        return UUID.fromString(ids.getProperty(key));
    }

    List<UUID> idList(String key) {
        String v = ids.getProperty(key, "");
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(UUID::fromString).toList();
    }

    /** A's sheets as they must arrive on B: record JSON by sheet id. */
    Map<UUID, JsonNode> expectedImports() {
        Map<UUID, JsonNode> out = new TreeMap<>();
        for (UUID id : idList("shared")) {
            try {
                out.put(id, SheetRecords.tree(Files.readAllBytes(root.resolve("expected").resolve(id + ".json"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static FaultWorld load(Path root) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("world.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FaultWorld(root, p);
    }

    /** Builds the world under {@code root}: {@code toSign} sheets for B to sign, {@code toShare} of A's in the share. */
    static FaultWorld build(Path root, int toSign, int toShare) throws IOException {
        long epoch = System.currentTimeMillis();
        Clock clock = clock(epoch);
        Properties p = new Properties();
        p.setProperty("epoch", Long.toString(epoch));
        List<TrustRepository.TrustedCertificate> aCertificates;
        Files.createDirectories(root.resolve("expected"));
        try (AppContext a = TestContexts.open(root.resolve("a").resolve("data"), clock)) {
            Laptop la = new Laptop(a, "李娜", "急诊科");
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < toShare; i++) {
                UUID id = la.finishedSheet(i).id();
                la.sign(id);
                shared.add(id.toString());
                Files.write(root.resolve("expected").resolve(id + ".json"),
                        SheetRecords.json(a.inspection().records().record(id)));
            }
            p.setProperty("shared", String.join(",", shared));
            a.sync().exporter().export(root.resolve("share"));
            aCertificates = a.core().trust().all();
        }
        try (AppContext b = TestContexts.open(root.resolve("b").resolve("data"), clock)) {
            Laptop lb = new Laptop(b, "张伟", "心内科病区");
            Person supervisor = b.core().reference().addPerson(lb.org, "刘洋", Role.SUPERVISOR, null);
            for (TrustRepository.TrustedCertificate c : aCertificates) {
                b.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, lb.inspector.id());
            }
            lb.sign(lb.finishedSheet(0).id()); // the inspector's key and certificate exist before any trial
            p.setProperty("inspector", lb.inspector.id().toString());
            p.setProperty("supervisor", supervisor.id().toString());
            p.setProperty("draft", lb.draft().id().toString());
            p.setProperty("toSign", IntStream.range(0, toSign)
                    .mapToObj(i -> lb.finishedSheet(i + 1).id().toString()).collect(Collectors.joining(",")));
            p.setProperty("college", lb.closableMonth(supervisor).toString());
        }
        try (var out = Files.newBufferedWriter(root.resolve("world.properties"))) {
            p.store(out, "fault campaign world");
        }
        return new FaultWorld(root, p);
    }

    /** One laptop's people, places and provider, made through the reference repository. */
    private static final class Laptop {
        final AppContext c;
        final UUID org;
        final Person inspector;
        final Place ward;
        final Provider provider;

        Laptop(AppContext c, String inspectorName, String wardName) {
            this.c = c;
            org = c.core().reference().organisation().orElseGet(() -> c.core().reference().createOrganisation("示例县人民医院")).id();
            inspector = c.core().reference().addPerson(org, inspectorName, Role.INSPECTOR, null);
            c.core().currentUser().switchTo(inspector);
            Place site = c.core().reference().addPlace(org, null, PlaceKind.SITE, "东院区");
            ward = c.core().reference().addPlace(org, site, PlaceKind.AREA, wardName);
            provider = c.core().reference().addProvider(org, "康洁物业服务有限公司", "康洁物业");
        }

        UUID template(String code) {
            return c.core().templates().latest().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().versionId();
        }

        Inspection draft() {
            return c.inspection().service().start(new InspectionRepository.NewInspection(template("hospital-environment"),
                    provider.id(), ward.id(), inspector.id(), InspectionKind.FULL));
        }

        /** A finished 环境卫生 sheet: every third item (shifted by {@code n}) deducted with a note. */
        Inspection finishedSheet(int n) {
            Inspection sheet = draft();
            List<TemplateItem> items = c.inspection().service().template(sheet).items().toList();
            for (int i = 0; i < items.size(); i++) {
                TemplateItem item = items.get(i);
                c.inspection().service().answer(sheet, (i + n) % 3 == 0
                        ? ItemResult.deduct(item.id(), quantities(item)).withNote("发现问题 " + n + "-" + i).withPlace(ward.id())
                        : ItemResult.pass(item.id()), inspector.id());
            }
            c.inspection().service().finish(sheet, inspector.id());
            return sheet;
        }

        void sign(UUID id) {
            c.inspection().signing().sign(id, new SigningService.SignRequest(SignedSheetFixture.signaturePng(inspector.name(), 1),
                    SignedSheetFixture.inspectee(), null), KEY_PASSWORD, inspector.id());
        }

        /** The college provider's {@link #MONTH}: one finished sheet and a survey, complete and ready to close. */
        UUID closableMonth(Person supervisor) {
            Provider college = c.core().reference().addProvider(org, "学苑物业管理有限公司", "学苑物业");
            Contract contract = new Contract(UUID.randomUUID(), college.id(), "学苑物业托管合同", Set.of(ServiceLine.PROPERTY),
                    new BigDecimal("180000.00"), new BigDecimal("200000.00"), LocalDate.of(2026, 1, 1), null);
            c.core().reference().addContract(contract);
            c.core().schemes().attach(contract.id(), c.core().schemes().latestVersion("college-60-40").orElseThrow(),
                    YearMonth.of(2026, 1), supervisor.id());
            Inspection sheet = c.inspection().inspections().create(new InspectionRepository.NewInspection(template("college-property"),
                    college.id(), ward.id(), inspector.id(), InspectionKind.FULL),
                    MONTH.atDay(10).atTime(10, 0).atZone(BEIJING).toOffsetDateTime());
            for (TemplateItem item : c.inspection().service().template(sheet).items().toList()) {
                c.inspection().service().answer(sheet, ItemResult.pass(item.id()), inspector.id());
            }
            c.inspection().service().finish(sheet, inspector.id());
            List<SurveyResponse> panel = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                panel.add(new SurveyResponse(null, i < 2 ? RespondentKind.STAFF : RespondentKind.STUDENT, "代表" + (i + 1),
                        new BigDecimal(80 + i * 4)));
            }
            c.assessment().entries().importSurvey(college.id(), MONTH, panel, supervisor.id());
            if (!c.assessment().service().assess(college.id(), MONTH).assessment().complete()) {
                throw new IllegalStateException("the campaign's month is not complete");
            }
            return college.id();
        }

        private static List<BigDecimal> quantities(TemplateItem item) {
            return item.rules().stream().map(r -> r instanceof DeductionRule.Range rr
                    ? rr.min() : r instanceof DeductionRule.PerUnit u ? u.unitSize()
                    : BigDecimal.ONE).toList();
        }
    }
}
