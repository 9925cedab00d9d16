package com.logicheck.service;

import com.logicheck.app.AppContext;
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
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A real data folder (H2 file, real migrations, built-in templates and schemes) with a hospital and a college
 * provider under contract, an inspector, a supervisor and a provider contact. "Today" is 5 December 2026, Beijing.
 */
public final class AssessmentWorld {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), BEIJING);
    public static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    public static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    public final AppContext c;
    public final Person inspector;
    public final Person supervisor;
    public final Person contact;
    public final Provider hospitalProvider;
    public final Provider collegeProvider;
    public final Place ward;

    public AssessmentWorld(Path dir) {
        this(dir, TestStore.H2);
    }

    /** The same world with its database where {@code store} keeps it (ADR 0038). */
    public AssessmentWorld(Path dir, TestStore store) {
        c = store.open(dir, CLOCK);
        inspector = c.core().currentUser().get();
        UUID org = c.core().reference().organisation().orElseThrow().id();
        supervisor = c.core().reference().addPerson(org, "刘洋", Role.SUPERVISOR, null);
        Place site = c.core().reference().addPlace(org, null, PlaceKind.SITE, "东院区");
        ward = c.core().reference().addPlace(org, site, PlaceKind.AREA, "心内科病区");
        hospitalProvider = c.core().reference().addProvider(org, "华安后勤服务集团有限公司", "华安后勤");
        collegeProvider = c.core().reference().addProvider(org, "学苑物业管理有限公司", "学苑物业");
        contact = c.core().reference().addPerson(org, "华安后勤项目经理", Role.PROVIDER_CONTACT, hospitalProvider.id());
        contract(hospitalProvider, "hospital-1000", ServiceLine.MANAGEMENT, ServiceLine.MAINTENANCE, ServiceLine.SECURITY,
                ServiceLine.ENVIRONMENT, ServiceLine.CUSTOMER_SERVICE);
        contract(collegeProvider, "college-60-40", ServiceLine.PROPERTY);
    }

    private void contract(Provider p, String scheme, ServiceLine... lines) {
        Contract contract = new Contract(UUID.randomUUID(), p.id(), p.shortName() + "托管合同", Set.of(lines),
                new BigDecimal("180000.00"), new BigDecimal("200000.00"), LocalDate.of(2026, 1, 1), null);
        c.core().reference().addContract(contract);
        c.core().schemes().attach(contract.id(), c.core().schemes().latestVersion(scheme).orElseThrow(), YearMonth.of(2026, 1),
                supervisor.id());
    }

    /** A provider under a contract (canteen, from January 2026) that has no assessment scheme attached. */
    public Provider providerWithoutScheme(String name, String shortName) {
        UUID org = c.core().reference().organisation().orElseThrow().id();
        Provider p = c.core().reference().addProvider(org, name, shortName);
        c.core().reference().addContract(new Contract(UUID.randomUUID(), p.id(), shortName + "食堂合同",
                Set.of(ServiceLine.CANTEEN), new BigDecimal("90000.00"), new BigDecimal("100000.00"),
                LocalDate.of(2026, 1, 1), null));
        return p;
    }

    public ChecklistTemplate template(String code) {
        return c.core().templates().latest().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> c.core().templates().load(t.versionId())).orElseThrow();
    }

    /** A finished sheet: every item 合格 except the given item codes, deducted with the given quantities. */
    public Inspection sheet(Provider p, String templateCode, InspectionKind kind, LocalDate day,
                     Map<String, List<BigDecimal>> deductions) {
        ChecklistTemplate t = template(templateCode);
        Inspection i = c.inspection().inspections().create(new InspectionRepository.NewInspection(t.id(), p.id(), ward.id(),
                inspector.id(), kind), day.atTime(10, 0).atZone(BEIJING).toOffsetDateTime());
        for (TemplateItem item : t.items().toList()) {
            List<BigDecimal> q = deductions.get(item.code());
            c.inspection().service().answer(i, q == null ? ItemResult.pass(item.id())
                    : ItemResult.deduct(item.id(), q).withNote("现场检查发现问题"), inspector.id());
        }
        c.inspection().service().finish(i, inspector.id());
        return i;
    }

    /** The five hospital sheets of one full inspection on the day, all 合格 except the given deductions. */
    public void hospitalFullInspection(LocalDate day, String deductedTemplate, Map<String, List<BigDecimal>> deductions) {
        for (String code : List.of("hospital-management", "hospital-maintenance", "hospital-security-fire",
                "hospital-environment", "hospital-customer-service")) {
            sheet(hospitalProvider, code, InspectionKind.FULL, day, code.equals(deductedTemplate) ? deductions : Map.of());
        }
    }

    public UUID itemId(String templateCode, String itemCode) {
        return template(templateCode).items().filter(i -> i.code().equals(itemCode)).findFirst().orElseThrow().id();
    }

    public static List<BigDecimal> q(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** Staff first, then students: one {@code high}, one {@code low}, the rest {@code usual}. */
    public static List<SurveyResponse> panel(int size, String high, String low, String usual) {
        List<SurveyResponse> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String score = i == 0 ? high : i == 1 ? low : usual;
            RespondentKind kind = i < size / 3 ? RespondentKind.STAFF : RespondentKind.STUDENT;
            list.add(new SurveyResponse(null, kind, (kind == RespondentKind.STAFF ? "教职工" : "学生") + (i + 1),
                    new BigDecimal(score)));
        }
        return list;
    }
}
