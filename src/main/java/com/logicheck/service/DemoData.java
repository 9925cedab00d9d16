package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
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
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TemplateRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 演示数据: a realistic month for a county hospital (places, providers with contracts, inspectors) and about
 * two sheets a day over the last 30 days on every built-in template, with deductions, notes and photos.
 * Deterministic for a given seed.
 */
public final class DemoData {
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final InspectionRepository inspections;
    private final InspectionService service;
    private final PhotoStore photos;
    private final DemoPhotos demoPhotos;
    private final Clock clock;
    /** The demo covers this many days up to today. */
    static final int DAYS = 30;

    public DemoData(ReferenceRepository reference, TemplateRepository templates, InspectionRepository inspections,
                    InspectionService service, PhotoStore photos, DemoPhotos demoPhotos, Clock clock) {
        this.reference = reference;
        this.templates = templates;
        this.inspections = inspections;
        this.service = service;
        this.photos = photos;
        this.demoPhotos = demoPhotos;
        this.clock = clock;
    }

    /** What was created. */
    public record Summary(int sheets, int providers, int places) {
    }

    public Summary fill(long seed) {
        if (!inspections.drafts().isEmpty() || !inspections.recent(1).isEmpty()) {
            throw new DomainException(Problem.of("problem.demo.notEmpty"));
        }
        Random random = new Random(seed);
        // how long each sheet took is drawn apart, so a seed still gives the month it gave before sheets had a length
        Random timing = new Random(~seed);
        UUID org = reference.organisation().map(ReferenceRepository.Organisation::id)
                .orElseGet(() -> reference.createOrganisation("示例县人民医院").id());
        List<Place> areas = places(org);
        Map<ServiceLine, Provider> providers = providers(org);
        List<Person> inspectors = List.of(
                reference.addPerson(org, "张伟", Role.INSPECTOR, null),
                reference.addPerson(org, "李娜", Role.INSPECTOR, null),
                reference.addPerson(org, "王芳", Role.INSPECTOR, null));
        reference.addPerson(org, "刘洋", Role.SUPERVISOR, null);
        List<ChecklistTemplate> sheets = templates.latest().stream().map(t -> templates.load(t.versionId())).toList();

        Instant now = clock instanceof DemoClock moving ? moving.now() : clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int count = 0;
        for (int day = DAYS - 1; day >= 0; day--) {
            LocalDate date = today.minusDays(day);
            int perDay = 1 + random.nextInt(3);
            for (int n = 0; n < perDay; n++) {
                ChecklistTemplate t = sheets.get(random.nextInt(sheets.size()));
                Provider provider = providers.get(t.serviceLine());
                Place place = areas.get(random.nextInt(areas.size()));
                Person inspector = inspectors.get(random.nextInt(inspectors.size()));
                InspectionKind kind = random.nextInt(6) == 0 ? InspectionKind.FULL
                        : random.nextBoolean() ? InspectionKind.SPOT_CHECK : InspectionKind.PATROL;
                boolean draft = day == 0 && n == perDay - 1;
                sheet(t, provider, place, inspector, kind, date, draft, now, random, timing);
                count++;
            }
        }
        return new Summary(count, (int) providers.values().stream().distinct().count(), areas.size());
    }

    /**
     * One sheet on {@code date}: begun in working hours, answered over the next 20 to 60 minutes (each answer and
     * photo at its own minute) and finished — all before {@code now}: a sheet that would end later is moved earlier.
     */
    Inspection sheet(ChecklistTemplate t, Provider provider, Place place, Person inspector, InspectionKind kind,
                     LocalDate date, boolean draft, Instant now, Random random) {
        return sheet(t, provider, place, inspector, kind, date, draft, now, random, random);
    }

    /** One sheet in one unit of work (the app writes each answer durably as it comes; the demo need not). */
    private Inspection sheet(ChecklistTemplate t, Provider provider, Place place, Person inspector, InspectionKind kind,
                             LocalDate date, boolean draft, Instant now, Random random, Random timing) {
        return service.inOneUnitOfWork(() -> write(t, provider, place, inspector, kind, date, draft, now, random, timing));
    }

    private Inspection write(ChecklistTemplate t, Provider provider, Place place, Person inspector, InspectionKind kind,
                             LocalDate date, boolean draft, Instant now, Random random, Random timing) {
        int minutes = 20 + timing.nextInt(41);
        OffsetDateTime start = date.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(clock.getZone())
                .toOffsetDateTime();
        OffsetDateTime latestEnd = OffsetDateTime.ofInstant(now, clock.getZone()).minusMinutes(5 + timing.nextInt(30));
        if (start.plusMinutes(minutes).isAfter(latestEnd)) {
            start = latestEnd.minusMinutes(minutes);
        }
        moveTo(start);
        Inspection inspection = inspections.create(new InspectionRepository.NewInspection(t.id(),
                provider.id(), place.id(), inspector.id(), kind), start);
        answer(inspection, t, place, inspector, random, draft, start, minutes);
        if (!draft) {
            moveTo(start.plusMinutes(minutes));
            service.finish(inspection, inspector.id());
        }
        return inspection;
    }

    private void moveTo(OffsetDateTime moment) {
        if (clock instanceof DemoClock moving) {
            moving.at(moment.toInstant());
        }
    }

    private void answer(Inspection inspection, ChecklistTemplate t, Place place, Person inspector, Random random,
                        boolean draft, OffsetDateTime start, int minutes) {
        List<TemplateSection> sections = t.sections();
        int total = t.itemCount();
        int limit = draft ? total / 2 : total;
        int i = 0;
        for (TemplateSection section : sections) {
            for (TemplateItem item : section.items()) {
                if (i >= limit) {
                    return;
                }
                moveTo(start.plusSeconds((long) minutes * 60 * i / Math.max(1, total)));
                i++;
                int roll = random.nextInt(100);
                ItemResult result;
                if (roll < 6 && item.naAllowed()) {
                    result = ItemResult.notApplicable(item.id());
                } else if (roll < 22) {
                    result = ItemResult.deduct(item.id(), quantities(item, random))
                            .withNote(DemoFindings.note(item, section.title(), random)).withPlace(place.id());
                } else {
                    result = ItemResult.pass(item.id());
                }
                service.answer(inspection, result, inspector.id());
                if (result.quantities().size() > 0 && random.nextInt(4) == 0) {
                    Path photo = demoPhotos.make(random);
                    photos.attach(inspection.id(), item.id(), photo, place.id(), inspector.id());
                }
            }
        }
    }

    static List<BigDecimal> quantities(TemplateItem item, Random random) {
        List<BigDecimal> q = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < item.rules().size(); i++) {
            DeductionRule rule = item.rules().get(i);
            boolean use = i == item.rules().size() - 1 && !any || random.nextBoolean();
            if (!use) {
                q.add(BigDecimal.ZERO);
                continue;
            }
            any = true;
            if (rule instanceof DeductionRule.Range r) {
                int steps = r.max().subtract(r.min()).divide(r.step()).intValue();
                q.add(r.min().add(r.step().multiply(BigDecimal.valueOf(random.nextInt(steps + 1)))));
            } else if (rule instanceof DeductionRule.PerUnit u) {
                q.add(u.unitSize().multiply(BigDecimal.valueOf(1 + random.nextInt(3))));
            } else {
                q.add(BigDecimal.valueOf(1 + random.nextInt(2)));
            }
        }
        return q;
    }

    private List<Place> places(UUID org) {
        List<Place> areas = new ArrayList<>();
        Place east = reference.addPlace(org, null, PlaceKind.SITE, "东院区");
        Place west = reference.addPlace(org, null, PlaceKind.SITE, "西院区");
        String[][] eastBuildings = {{"门诊楼", "门诊大厅", "检验科", "药房"}, {"住院部1号楼", "心内科病区", "呼吸科病区", "骨科病区"},
            {"住院部2号楼", "妇产科病区", "儿科病区", "ICU"}};
        String[][] westBuildings = {{"行政楼", "办公区", "会议室"}, {"后勤楼", "配电房", "锅炉房", "职工食堂"}};
        addBuildings(org, east, eastBuildings, areas);
        addBuildings(org, west, westBuildings, areas);
        return areas;
    }

    private void addBuildings(UUID org, Place site, String[][] buildings, List<Place> areas) {
        for (String[] b : buildings) {
            Place building = reference.addPlace(org, site, PlaceKind.BUILDING, b[0]);
            for (int i = 1; i < b.length; i++) {
                Place floor = reference.addPlace(org, building, PlaceKind.FLOOR, i + "层");
                areas.add(reference.addPlace(org, floor, PlaceKind.AREA, b[i]));
            }
        }
    }

    private Map<ServiceLine, Provider> providers(UUID org) {
        Provider property = reference.addProvider(org, "华安后勤服务集团有限公司", "华安后勤");
        Provider cleaning = reference.addProvider(org, "康洁物业服务有限公司", "康洁物业");
        Provider security = reference.addProvider(org, "安顺保安服务有限公司", "安顺保安");
        Provider engineering = reference.addProvider(org, "恒通机电工程有限公司", "恒通机电");
        Provider canteen = reference.addProvider(org, "美膳餐饮管理有限公司", "美膳餐饮");
        Map<ServiceLine, Provider> map = new EnumMap<>(ServiceLine.class);
        map.put(ServiceLine.MANAGEMENT, property);
        map.put(ServiceLine.CUSTOMER_SERVICE, property);
        map.put(ServiceLine.PROPERTY, property);
        map.put(ServiceLine.ENVIRONMENT, cleaning);
        map.put(ServiceLine.SECURITY, security);
        map.put(ServiceLine.MAINTENANCE, engineering);
        map.put(ServiceLine.CANTEEN, canteen);
        // from the first of January of the demo's first day, so that sheets made in late December are under contract
        LocalDate start = LocalDate.now(clock).minusDays(DAYS - 1).withDayOfYear(1);
        for (Provider p : List.of(property, cleaning, security, engineering, canteen)) {
            var lines = map.entrySet().stream().filter(e -> e.getValue().equals(p)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            reference.addContract(new Contract(UUID.randomUUID(), p.id(), p.shortName() + "后勤服务托管合同", lines,
                    new BigDecimal("180000.00"), new BigDecimal("200000.00"), start, start.plusYears(3).minusDays(1)));
            reference.addPerson(org, p.shortName() + "项目经理", Role.PROVIDER_CONTACT, p.id());
        }
        return map;
    }
}
