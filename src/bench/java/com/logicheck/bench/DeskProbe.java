package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationDesk.Filter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A focused probe of the desk's queries on a generated database of N rectification orders (default 200,000) over
 * five years: ~3 % of the orders still active, about a third of those overdue — the shape of a real desk. Prints
 * the median and p90 of 30 warm runs per query, and H2's EXPLAIN of each. Not part of the full benchmark (ADR 0018):
 * {@code java -cp target/classes:target/lib/*:target/bench-classes com.logicheck.bench.DeskProbe DIR [N]}.
 */
public final class DeskProbe {
    private DeskProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        LocalDate today = LocalDate.now();
        if (!Files.exists(dir.resolve("desk-probe.done"))) {
            generate(dir, orders, today);
            Files.writeString(dir.resolve("desk-probe.done"), Integer.toString(orders));
        }
        try (AppContext c = AppContext.open(dir)) {
            RectificationDesk desk = c.rectification().desk().desk();
            Provider p = c.core().reference().providers().get(0);
            Place site = c.core().reference().places().stream().filter(x -> x.kind() == PlaceKind.SITE).findFirst().orElseThrow();
            Filter filtered = Filter.all().withProvider(p.id()).withServiceLine(ServiceLine.MAINTENANCE)
                    .withStatuses(Set.of(RectificationStatus.OPEN, RectificationStatus.REPORTED_FIXED));
            time("overdue list (500)", () -> desk.list(Filter.overdue(), today, 500).size());
            time("filtered list: provider + line + active (500)", () -> desk.list(filtered, today, 500).size());
            time("place subtree, all open (500)", () -> desk.list(Filter.all().withPlace(site.id())
                    .withStatuses(Set.of(RectificationStatus.OPEN, RectificationStatus.REPORTED_FIXED)), today, 500).size());
            time("calendar month", () -> desk.calendar(YearMonth.from(today), Filter.all(), today).size());
            time("counts + ageing", () -> (int) desk.counts(Filter.all(), today).open());
            time("weekly chart (12 weeks)", () -> desk.weekly(Filter.all(), today, 12).size());
            time("median days to close", () -> desk.closeTimes(Filter.all(), today, today.minusWeeks(12)).size());
            time("overdue since last session", () -> desk.overdueSince(today.minusDays(3), today, 100).size());
        }
        try (Connection con = BenchDatabase.connect(dir); Statement st = con.createStatement()) {
            explain(st, "SELECT o.ID FROM RECTIFICATION_ORDER o JOIN PROVIDER p ON p.ID = o.PROVIDER_ID JOIN PLACE pl ON "
                    + "pl.ID = o.PLACE_ID WHERE o.STATUS = 'OPEN' AND o.DEADLINE < DATE '" + today + "' ORDER BY o.DEADLINE LIMIT 500");
            explain(st, "SELECT o.DEADLINE, COUNT(*) FROM RECTIFICATION_ORDER o WHERE o.DEADLINE BETWEEN DATE '"
                    + YearMonth.from(today).atDay(1) + "' AND DATE '" + YearMonth.from(today).atEndOfMonth() + "' GROUP BY o.DEADLINE");
        }
    }

    private static void explain(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            System.out.println("EXPLAIN " + sql + "\n" + rs.getString(1) + "\n");
        }
    }

    /**
     * Wall time and the thread's CPU time (H2 runs embedded, in the calling thread): on a shared machine the CPU
     * time is the steadier figure, the wall time what the user waits.
     */
    private static void time(String name, Supplier<Integer> query) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n;
        try {
            n = query.get();
        } catch (NoSuchMethodError e) {
            System.out.printf("%-48s not in this version%n", name);
            return;
        }
        for (int i = 0; i < 4; i++) {
            n = query.get();
        }
        long[] ns = new long[30];
        long[] cpu = new long[30];
        for (int i = 0; i < ns.length; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.get();
            ns[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf("%-48s rows %5d   wall median %7.1f ms  p90 %7.1f ms   cpu median %7.1f ms%n", name, n,
                ns[15] / 1e6, ns[27] / 1e6, cpu[15] / 1e6);
    }

    private static void generate(Path dir, int orders, LocalDate today) throws Exception {
        List<Provider> providers = new ArrayList<>();
        List<Place> areas = new ArrayList<>();
        Person inspector;
        ChecklistTemplate template;
        try (AppContext c = AppContext.open(dir)) {
            var ref = c.core().reference();
            UUID org = ref.organisation().orElseGet(() -> ref.createOrganisation("基准医院")).id();
            for (int i = 0; i < 5; i++) {
                providers.add(ref.addProvider(org, "服务企业" + i, "企业" + i));
            }
            for (int s = 0; s < 10; s++) {
                Place site = ref.addPlace(org, null, PlaceKind.SITE, "院区" + s);
                for (int b = 0; b < 3; b++) {
                    Place building = ref.addPlace(org, site, PlaceKind.BUILDING, b + "号楼");
                    for (int f = 0; f < 3; f++) {
                        Place floor = ref.addPlace(org, building, PlaceKind.FLOOR, f + "层");
                        for (int a = 0; a < 2; a++) {
                            areas.add(ref.addPlace(org, floor, PlaceKind.AREA, "片区" + a));
                        }
                    }
                }
            }
            inspector = ref.addPerson(org, "检查员", Role.INSPECTOR, null);
            template = c.core().templates().load(c.core().templates().latest().stream()
                    .filter(t -> t.code().equals("hospital-maintenance")).findFirst().orElseThrow().versionId());
        }
        List<TemplateItem> items = template.items().toList();
        Random random = new Random(5);
        int perSheet = 10;
        int sheets = orders / perSheet;
        UUID device = UUID.randomUUID();
        String[] lines = {"MAINTENANCE", "SECURITY", "ENVIRONMENT", "CUSTOMER_SERVICE", "MANAGEMENT"};
        try (Connection con = BenchDatabase.connect(dir)) {
            con.setAutoCommit(false);
            PreparedStatement sheet = con.prepareStatement("INSERT INTO inspection (id, template_version_id, provider_id, "
                    + "place_id, inspector_id, kind, status, started_at, revision, origin_device, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, 'SPOT_CHECK', 'SIGNED', ?, 1, ?, ?)");
            PreparedStatement order = con.prepareStatement("INSERT INTO rectification_order (id, inspection_id, provider_id, "
                    + "place_id, service_line, inspected_on, responsible_person, responsibility_level, deadline, "
                    + "required_standard, causes, cause_note, steps, status, round, repeat_of, raised_by, raised_at, "
                    + "reported_at, report_note, closed_by, closed_at, closed_on, updated_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?, '班组长', ?, ?, '按标准整改', 'TRAINING', '', '培训', ?, 1, NULL, ?, ?, ?, '', ?, ?, ?, ?)");
            PreparedStatement item = con.prepareStatement("INSERT INTO rectification_item (id, order_id, inspection_id, "
                    + "template_item_id, template_id, item_code, content, place_id, deduction, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1.00, '')");
            LocalDate first = today.minusYears(5);
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, today);
            for (int s = 0; s < sheets; s++) {
                UUID sheetId = UUID.randomUUID();
                LocalDate day = first.plusDays((long) s * days / sheets);
                OffsetDateTime at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
                Provider provider = providers.get(random.nextInt(providers.size()));
                Place place = areas.get(random.nextInt(areas.size()));
                sheet.setObject(1, sheetId);
                sheet.setObject(2, template.id());
                sheet.setObject(3, provider.id());
                sheet.setObject(4, place.id());
                sheet.setObject(5, inspector.id());
                sheet.setObject(6, at);
                sheet.setObject(7, device);
                sheet.setObject(8, at);
                sheet.addBatch();
                for (int k = 0; k < perSheet; k++) {
                    UUID id = UUID.randomUUID();
                    LocalDate deadline = day.plusDays(random.nextInt(4));
                    long age = java.time.temporal.ChronoUnit.DAYS.between(day, today);
                    double active = age > 60 ? 0.005 : age > 14 ? 0.2 : 0.7;
                    String status;
                    if (random.nextDouble() < active) {
                        status = random.nextBoolean() ? "OPEN" : "REPORTED_FIXED";
                    } else {
                        status = random.nextInt(20) == 0 ? "VERIFIED" : "CLOSED";
                    }
                    LocalDate closedOn = "CLOSED".equals(status) ? min(today, deadline.plusDays(random.nextInt(6))) : null;
                    order.setObject(1, id);
                    order.setObject(2, sheetId);
                    order.setObject(3, provider.id());
                    order.setObject(4, place.id());
                    order.setString(5, lines[random.nextInt(lines.length)]);
                    order.setDate(6, Date.valueOf(day));
                    order.setString(7, "AREA_LEAD");
                    order.setDate(8, Date.valueOf(deadline));
                    order.setString(9, status);
                    order.setObject(10, inspector.id());
                    order.setObject(11, at);
                    order.setObject(12, "OPEN".equals(status) ? null : at.plusDays(1));
                    order.setObject(13, closedOn == null ? null : inspector.id());
                    order.setObject(14, closedOn == null ? null : closedOn.atTime(16, 0).atOffset(ZoneOffset.ofHours(8)));
                    order.setObject(15, closedOn == null ? null : Date.valueOf(closedOn));
                    order.setObject(16, at);
                    order.addBatch();
                    TemplateItem ti = items.get(k % items.size());
                    item.setObject(1, UUID.randomUUID());
                    item.setObject(2, id);
                    item.setObject(3, sheetId);
                    item.setObject(4, ti.id());
                    item.setObject(5, UUID.nameUUIDFromBytes(("template:" + template.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    item.setString(6, ti.code());
                    item.setString(7, ti.content());
                    item.setObject(8, place.id());
                    item.addBatch();
                }
                if (s % 200 == 199 || s == sheets - 1) {
                    sheet.executeBatch();
                    order.executeBatch();
                    item.executeBatch();
                    con.commit();
                }
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
