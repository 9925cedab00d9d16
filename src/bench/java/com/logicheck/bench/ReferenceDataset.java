package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
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
import com.logicheck.persistence.InspectionRepository.NewInspection;
import com.logicheck.persistence.TemplateRepository;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The reference dataset (基准数据集): 10 sites with buildings, floors and areas, 5 providers with contracts,
 * 12 inspectors, 12 template versions (9 built-in + {@link BenchTemplates}) and N sheets spread evenly over
 * 5 years with about 30 answers and as many history rows each. Built through the real {@link AppContext}
 * (migrations, built-in templates, repositories); only the bulk of sheets goes through {@link SheetLoader}.
 * Two drafts are made with the real service: a 100-item one (checklist row) and one for the edit row.
 */
final class ReferenceDataset {
    static final long SEED = 20_261_121L;
    private static final int DRAFTS = 40;
    private static final int YEARS = 5;
    private static final String[][] PROVIDERS = {
        {"华安后勤服务集团有限公司", "华安后勤"}, {"康洁物业服务有限公司", "康洁物业"}, {"安顺保安服务有限公司", "安顺保安"},
        {"恒通机电工程有限公司", "恒通机电"}, {"美膳餐饮管理有限公司", "美膳餐饮"}};
    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "娜", "芳", "洋", "静", "磊", "敏", "强", "丽", "军", "艳", "杰"};

    private final PrintStream out;

    ReferenceDataset(PrintStream out) {
        this.out = out;
    }

    /** Builds the dataset into the empty folder {@code dir}; returns what the rows need. */
    DatasetInfo build(Path dir, int sheets) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(SEED);
        UUID checklistDraft;
        UUID editDraft;
        UUID inspectorId;
        long results;
        long history;
        Setup setup;
        try (AppContext context = AppContext.open(dir)) {
            setup = setUp(context);
        }
        long[] counts = bulkLoad(dir, sheets, random, setup);
        try (AppContext context = AppContext.open(dir)) {
            Person me = setup.inspectors().get(0);
            ChecklistTemplate hundred = setup.versions().stream()
                    .filter(t -> t.code().equals(BenchTemplates.HUNDRED)).findFirst().orElseThrow();
            checklistDraft = halfAnsweredDraft(context, hundred, setup.providers(), setup.areas().get(0), me);
            editDraft = halfAnsweredDraft(context, setup.versions().get(1), setup.providers(), setup.areas().get(1), me);
            inspectorId = me.id();
        }
        results = counts[0];
        history = counts[1];
        double seconds = (System.nanoTime() - start) / 1e9;
        return new DatasetInfo(dir, sheets, results, history, checklistDraft, editDraft, inspectorId, seconds, false);
    }

    /** The reference data, made through the app's repositories, and what the bulk load draws from. */
    private record Setup(List<Place> areas, Map<ServiceLine, Provider> providers, List<Person> inspectors,
                         List<ChecklistTemplate> versions, UUID deviceId, Clock clock) {
    }

    private Setup setUp(AppContext context) {
        UUID org = context.core().reference().createOrganisation("示例市第一人民医院").id();
        List<Place> areas = places(context, org);
        Map<ServiceLine, Provider> providers = providers(context, org);
        List<Person> inspectors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inspectors.add(context.core().reference().addPerson(org, SURNAMES[i] + GIVEN[(i * 5) % GIVEN.length],
                    Role.INSPECTOR, null));
        }
        context.core().reference().addPerson(org, "刘主任", Role.SUPERVISOR, null);
        BenchTemplates generated = new BenchTemplates(context.core().templateFiles());
        for (ChecklistTemplate t : generated.generated()) {
            context.core().templates().save(t, false, generated.contentHash(t));
        }
        List<ChecklistTemplate> versions = versions(context.core().templates());
        out.printf("  dataset: %d places, %d providers, %d inspectors, %d template versions%n",
                context.core().reference().places().size(), context.core().reference().providers().size(), inspectors.size(),
                versions.size());
        return new Setup(areas, providers, inspectors, versions, context.core().settings().deviceId(), context.clock());
    }

    private long[] bulkLoad(Path dir, int sheets, Random random, Setup setup) throws Exception {
        List<ChecklistTemplate> versions = setup.versions();
        Map<ServiceLine, Provider> providers = setup.providers();
        List<Place> areas = setup.areas();
        List<Person> inspectors = setup.inspectors();
        ZoneId zone = setup.clock().getZone();
        LocalDate today = LocalDate.now(setup.clock());
        LocalDate first = today.minusYears(YEARS);
        long days = today.toEpochDay() - first.toEpochDay();
        LocalDate switchOver = first.plusDays(days / 2);
        String upgradedCode = versions.stream().filter(t -> t.version() == 2).findFirst().orElseThrow().code();
        long loadStart = System.nanoTime();
        DeferredIndexes deferred;
        try (Connection c = BenchDatabase.connect(dir)) {
            deferred = DeferredIndexes.drop(c);
        }
        long[] counts;
        try (SheetLoader loader = new SheetLoader(BenchDatabase.connect(dir), BenchDatabase.connect(dir),
                setup.deviceId(), random)) {
            for (int i = 0; i < sheets; i++) {
                LocalDate date = first.plusDays(days * i / sheets);
                boolean draft = i >= sheets - DRAFTS;
                ChecklistTemplate t = pick(versions, random, upgradedCode, date.isBefore(switchOver));
                OffsetDateTime startedAt = date.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(zone)
                        .toOffsetDateTime();
                InspectionStatus status = draft ? InspectionStatus.DRAFT
                        : date.isBefore(today.minusDays(30)) ? InspectionStatus.SIGNED : InspectionStatus.FINISHED;
                InspectionKind kind = random.nextInt(6) == 0 ? InspectionKind.FULL
                        : random.nextBoolean() ? InspectionKind.SPOT_CHECK : InspectionKind.PATROL;
                loader.add(new SheetLoader.Sheet(t, providers.get(t.serviceLine()).id(),
                        areas.get(random.nextInt(areas.size())).id(), inspectors.get(random.nextInt(inspectors.size())).id(),
                        kind, startedAt, status));
                if ((i + 1) % Math.max(1, sheets / 10) == 0) {
                    double s = (System.nanoTime() - loadStart) / 1e9;
                    out.printf("  dataset: %,d sheets, %,d answers, %,d history rows (%.0f s, %,.0f rows/s)%n", i + 1,
                            loader.results(), loader.historyRows(), s, (loader.results() + loader.historyRows()) / s);
                }
            }
            loader.finish();
            counts = new long[] {loader.results(), loader.historyRows()};
        }
        long indexStart = System.nanoTime();
        deferred.restore(dir);
        try (Connection c = BenchDatabase.connect(dir); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
        out.printf("  dataset: %d indexes and keys of item_result and change_log recreated and checked (%.0f s)%n",
                deferred.count(), (System.nanoTime() - indexStart) / 1e9);
        return counts;
    }

    /** Uniform over the current versions; sheets before the switch-over use version 1 of the upgraded one. */
    private static ChecklistTemplate pick(List<ChecklistTemplate> versions, Random random, String upgradedCode,
                                          boolean beforeSwitch) {
        while (true) {
            ChecklistTemplate t = versions.get(random.nextInt(versions.size()));
            if (!t.code().equals(upgradedCode) || (t.version() == 1) == beforeSwitch) {
                return t;
            }
        }
    }

    private static UUID halfAnsweredDraft(AppContext context, ChecklistTemplate t, Map<ServiceLine, Provider> providers,
                                          Place place, Person inspector) {
        Inspection draft = context.inspection().service().start(new NewInspection(t.id(),
                providers.get(t.serviceLine()).id(), place.id(), inspector.id(), InspectionKind.FULL));
        List<TemplateItem> items = t.items().toList();
        for (int i = 0; i < items.size() / 2; i++) {
            TemplateItem item = items.get(i);
            ItemResult answer = i % 7 == 3
                    ? ItemResult.deduct(item.id(), item.rules().stream().map(ReferenceDataset::smallest).toList())
                            .withNote("抽查发现问题，已拍照留证。")
                    : ItemResult.pass(item.id());
            context.inspection().service().answer(draft, answer, inspector.id());
        }
        return draft.id();
    }

    /** The smallest quantity that deducts something under this clause. */
    static BigDecimal smallest(DeductionRule rule) {
        if (rule instanceof DeductionRule.Range r) {
            return r.min();
        }
        return rule instanceof DeductionRule.PerUnit u ? u.unitSize() : BigDecimal.ONE;
    }

    private static List<ChecklistTemplate> versions(TemplateRepository templates) {
        List<ChecklistTemplate> list = new ArrayList<>();
        for (TemplateRepository.TemplateSummary s : templates.latest()) {
            list.add(templates.load(s.versionId()));
            if (s.version() > 1) {
                list.add(templates.load(ChecklistTemplate.versionId(s.code(), s.version() - 1)));
            }
        }
        return list;
    }

    private static List<Place> places(AppContext context, UUID org) {
        List<Place> areas = new ArrayList<>();
        String[] buildings = {"门诊楼", "住院部", "后勤楼"};
        String[][] wards = {{"候诊区", "检验科"}, {"护士站", "病房走廊"}, {"配电房", "职工食堂"}};
        for (int s = 0; s < 10; s++) {
            Place site = context.core().reference().addPlace(org, null, PlaceKind.SITE, "第" + (s + 1) + "院区");
            for (int b = 0; b < buildings.length; b++) {
                Place building = context.core().reference().addPlace(org, site, PlaceKind.BUILDING, buildings[b]);
                for (int f = 1; f <= 3; f++) {
                    Place floor = context.core().reference().addPlace(org, building, PlaceKind.FLOOR, f + "层");
                    for (String ward : wards[b]) {
                        areas.add(context.core().reference().addPlace(org, floor, PlaceKind.AREA, ward));
                    }
                }
            }
        }
        return areas;
    }

    private static Map<ServiceLine, Provider> providers(AppContext context, UUID org) {
        List<Provider> list = new ArrayList<>();
        for (String[] p : PROVIDERS) {
            list.add(context.core().reference().addProvider(org, p[0], p[1]));
        }
        Map<ServiceLine, Provider> map = new EnumMap<>(ServiceLine.class);
        map.put(ServiceLine.MANAGEMENT, list.get(0));
        map.put(ServiceLine.CUSTOMER_SERVICE, list.get(0));
        map.put(ServiceLine.PROPERTY, list.get(0));
        map.put(ServiceLine.ENVIRONMENT, list.get(1));
        map.put(ServiceLine.SECURITY, list.get(2));
        map.put(ServiceLine.MAINTENANCE, list.get(3));
        map.put(ServiceLine.CANTEEN, list.get(4));
        LocalDate start = LocalDate.now(context.clock()).minusYears(YEARS).withDayOfYear(1);
        for (Provider p : list) {
            var lines = map.entrySet().stream().filter(e -> e.getValue().equals(p)).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet());
            context.core().reference().addContract(new Contract(UUID.randomUUID(), p.id(), p.shortName() + "后勤服务托管合同",
                    lines, new BigDecimal("180000.00"), new BigDecimal("200000.00"), start, start.plusYears(6)));
            context.core().reference().addPerson(org, p.shortName() + "项目经理", Role.PROVIDER_CONTACT, p.id());
        }
        return map;
    }
}
