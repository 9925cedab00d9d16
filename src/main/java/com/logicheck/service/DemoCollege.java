package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.TemplateRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * 演示学院考核 (60/40): one more provider, 启明物业, whose 物业 contract is assessed under the college scheme — its own
 * 学院物业 sheets over the month (60%), a filled 师生满意率 panel of 10 staff and 20 students in each month (40%), two
 * complaints, a 一票否决 event last month (a written criticism), an approved 免扣 and an open 申诉 this month.
 * Deterministic for a given seed.
 */
final class DemoCollege {
    static final String SCHEME = "college-60-40";
    static final String TEMPLATE = "college-property";
    static final String PROVIDER = "启明物业";
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final SchemeRepository schemes;
    private final AssessmentEntries entries;
    private final InspectionRepository inspections;
    private final DemoClock clock;

    DemoCollege(ReferenceRepository reference, TemplateRepository templates, SchemeRepository schemes,
                AssessmentEntries entries, InspectionRepository inspections, DemoClock clock) {
        this.reference = reference;
        this.templates = templates;
        this.schemes = schemes;
        this.entries = entries;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** Adds the provider and its month; returns how many sheets were made. */
    int fill(DemoData sheets, long seed) {
        Random random = new Random(seed ^ 0x6040L);
        ChecklistTemplate template = templates.latest().stream().filter(t -> t.code().equals(TEMPLATE)).findFirst()
                .map(t -> templates.load(t.versionId())).orElse(null);
        if (template == null) {
            return 0; // a wizard folder without the college sheet: no college provider
        }
        UUID scheme = schemes.latestVersion(SCHEME).orElseThrow(() ->
                new DomainException(Problem.of("problem.scheme.missing", SCHEME)));
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        UUID org = reference.organisation().orElseThrow().id();
        List<Person> people = reference.people();
        Person supervisor = people.stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst().orElseThrow();
        List<Person> inspectors = people.stream().filter(p -> p.role() == Role.INSPECTOR).toList();
        List<Place> areas = reference.places().stream().filter(p -> p.kind() == PlaceKind.AREA).toList();

        Provider provider = reference.addProvider(org, "启明物业管理有限公司", PROVIDER);
        Person contact = reference.addPerson(org, PROVIDER + "项目经理", Role.PROVIDER_CONTACT, provider.id());
        LocalDate start = today.minusDays(DemoData.DAYS - 1).withDayOfYear(1);
        Contract contract = new Contract(UUID.randomUUID(), provider.id(), PROVIDER + "物业管理服务合同",
                Set.of(ServiceLine.PROPERTY), new BigDecimal("120000.00"), new BigDecimal("150000.00"), start,
                start.plusYears(3).minusDays(1));
        reference.addContract(contract);
        schemes.attach(contract.id(), scheme, YearMonth.from(start), supervisor.id());

        List<Inspection> made = new ArrayList<>();
        for (int day = DemoData.DAYS - 2; day >= 0; day -= 3 + random.nextInt(2)) {
            Place place = areas.get(random.nextInt(areas.size()));
            Person inspector = inspectors.get(random.nextInt(inspectors.size()));
            made.add(sheets.sheet(template, provider, place, inspector, random.nextBoolean() ? InspectionKind.FULL
                    : InspectionKind.SPOT_CHECK, today.minusDays(day), false, now, random));
        }
        YearMonth month = YearMonth.from(today);
        YearMonth last = month.minusMonths(1);
        survey(provider, last, supervisor, random);
        survey(provider, month, supervisor, random);
        complaints(provider, template, today, supervisor, random);
        at(last.atDay(Math.min(18, last.lengthOfMonth())));
        entries.recordVeto(provider.id(), new VetoEvent(UUID.randomUUID(), VetoType.WRITTEN_CRITICISM,
                last.atDay(Math.min(18, last.lengthOfMonth())), "学院办公室《关于学生公寓保洁问题的通报》（院办通〔2026〕12号）",
                null, 0), supervisor.id());
        reliefs(made, month, contact, supervisor);
        clock.release();
        return made.size();
    }

    private void survey(Provider provider, YearMonth month, Person supervisor, Random random) {
        List<SurveyResponse> panel = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            RespondentKind kind = i <= 10 ? RespondentKind.STAFF : RespondentKind.STUDENT;
            String who = (i <= 10 ? "教职工" : "学生") + "代表" + (i <= 10 ? i : i - 10);
            int score = random.nextInt(10) == 0 ? 50 + random.nextInt(10) : 72 + random.nextInt(27);
            panel.add(new SurveyResponse(UUID.randomUUID(), kind, who, BigDecimal.valueOf(score)));
        }
        LocalDate day = month.atEndOfMonth();
        LocalDate today = LocalDate.ofInstant(clock.now(), clock.getZone());
        at(day.isAfter(today) ? today : day);
        entries.addSurveyResponses(provider.id(), month, panel, supervisor.id());
    }

    private void complaints(Provider provider, ChecklistTemplate template, LocalDate today, Person supervisor,
                            Random random) {
        String[][] said = {{"学生公寓", "学生反映公寓楼道夜间照明损坏三天未修。"}, {"公共卫生", "教职工投诉教学楼卫生间无洗手液、地面湿滑。"}};
        for (int i = 0; i < said.length; i++) {
            String section = said[i][0];
            TemplateItem item = template.sections().stream().filter(s -> s.title().contains(section)).findFirst()
                    .map(s -> s.items().get(0)).orElse(template.items().findFirst().orElseThrow());
            LocalDate on = today.minusDays(3 + 9L * i);
            at(on);
            entries.addComplaint(provider.id(), on, template.code(), item.code(), DemoData.quantities(item, random),
                    i == 0, said[i][1], supervisor.id());
        }
    }

    /** This month: an approved 免扣 on one deduction (院方原因) and an open 申诉 by the 项目经理 on another. */
    private void reliefs(List<Inspection> made, YearMonth month, Person contact, Person supervisor) {
        List<UUID[]> deductions = new ArrayList<>();
        for (Inspection sheet : made) {
            Inspection now = inspections.find(sheet.id()).orElseThrow();
            if (!YearMonth.from(now.startedAt().atZoneSameInstant(clock.getZone())).equals(month)) {
                continue;
            }
            for (Map.Entry<UUID, ItemResult> r : inspections.results(sheet.id()).entrySet()) {
                if (r.getValue().outcome() == Outcome.DEDUCT) {
                    deductions.add(new UUID[] {sheet.id(), r.getKey(), sheet.inspectorId()});
                }
            }
        }
        if (deductions.size() < 2) {
            return;
        }
        UUID[] first = deductions.get(0);
        UUID[] second = deductions.get(deductions.size() - 1);
        UUID exemption = entries.requestExemption(first[0], first[1], ExemptionReason.CLIENT_CAUSE,
                "学院临时调整教室使用安排，保洁时段被占用。", first[2]);
        entries.decideExemption(exemption, true, "情况属实，同意免扣。", supervisor.id());
        entries.raiseAppeal(second[0], second[1], "扣分当日该区域正在施工，由施工方负责清理，请求复核。", contact.id());
    }

    private void at(LocalDate day) {
        clock.at(day.atTime(10, 0).atZone(clock.getZone()).toInstant());
    }
}
