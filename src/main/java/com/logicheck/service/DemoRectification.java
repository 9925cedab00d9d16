package com.logicheck.service;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.ReferenceRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * 演示整改: orders for the demo month's deductions, moved along their lifecycle by age — older ones mostly
 * re-inspected and closed, some reported fixed, some still open and overdue, a few failed once — and one follow-up
 * check today that finds an overdue problem again at the same place (a 重复问题, escalated). Deterministic per seed.
 */
public final class DemoRectification {
    private static final String[] STEPS = {"班前会通报，责任人当日整改并拍照回传。", "补充培训后按标准重新作业，班组长复核。",
        "补齐物资，调整排班，主管每日抽查。", "修订作业流程，张贴标准，纳入周检。"};
    private final ReferenceRepository reference;
    private final InspectionRepository inspections;
    private final InspectionService inspectionService;
    private final RectificationService rectification;
    private final Clock clock;
    private final Function<Clock, RectificationRepository> ordersAt;

    /**
     * {@code ordersAt}: the orders on the same database with another clock, so reports, re-inspections and closings
     * happen on their own past days (the desk's charts and close times then look like a real month).
     */
    public DemoRectification(ReferenceRepository reference, InspectionRepository inspections,
                             InspectionService inspectionService, RectificationService rectification, Clock clock,
                             Function<Clock, RectificationRepository> ordersAt) {
        this.ordersAt = ordersAt;
        this.reference = reference;
        this.inspections = inspections;
        this.inspectionService = inspectionService;
        this.rectification = rectification;
        this.clock = clock;
    }

    public record Summary(int orders, int closed, int overdue, int repeated) {
    }

    public Summary fill(long seed) {
        Random random = new Random(seed);
        RectificationRepository orders = rectification.orders();
        Person supervisor = reference.people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<RectificationOrder> raised = new ArrayList<>();
        List<InspectionRepository.InspectionRow> sheets = new ArrayList<>(inspections.recent(10_000));
        sheets.sort(Comparator.comparing(InspectionRepository.InspectionRow::startedAt));
        // the orders are raised in one unit of work and moved on in another: the demo needs no durable commit per step
        inspectionService.inOneUnitOfWork(() -> {
            for (InspectionRepository.InspectionRow row : sheets) {
                if (row.status() != InspectionStatus.FINISHED && row.status() != InspectionStatus.SIGNED
                        || orders.deductions(row.id()).deductions().stream().allMatch(d -> d.exempted() || d.onOrder())) {
                    continue;
                }
                Inspection sheet = inspections.find(row.id()).orElseThrow();
                // raised in the hour after the sheet was finished (or signed), so issue date and deadline fit the sheet
                moveTo(row.updatedAt().plusMinutes(20 + random.nextInt(60)).toInstant());
                raised.addAll(rectification.raise(request(sheet.id(), row.providerName(), random.nextInt(3) == 0, random),
                        sheet.inspectorId()));
            }
            return raised;
        });
        release();
        int closed = inspectionService.inOneUnitOfWork(() -> {
            int n = 0;
            for (RectificationOrder o : raised) {
                n += advance(o, supervisor, today, random) ? 1 : 0;
            }
            return n;
        });
        int repeated = repeatOne(raised, today, random) ? 1 : 0;
        int overdue = (int) raised.stream().map(o -> orders.find(o.id()).orElseThrow()).filter(o -> o.overdue(today)).count();
        return new Summary(raised.size() + repeated, closed, overdue, repeated);
    }

    private RectificationService.RaiseRequest request(UUID sheetId, String provider, boolean grouped, Random random) {
        Set<CauseCategory> causes = EnumSet.of(CauseCategory.values()[random.nextInt(CauseCategory.values().length)]);
        if (random.nextBoolean()) {
            causes.add(CauseCategory.values()[random.nextInt(CauseCategory.values().length)]);
        }
        return new RectificationService.RaiseRequest(sheetId, List.of(), grouped, provider + "班组长", null, null,
                causes, "现场询问责任人后分析", STEPS[random.nextInt(STEPS.length)]);
    }

    private void moveTo(Instant moment) {
        if (clock instanceof DemoClock moving) {
            moving.at(moment);
        }
    }

    private void release() {
        if (clock instanceof DemoClock moving) {
            moving.release();
        }
    }

    /** Moves the order on by its age, each step on a day of its own; true when it ends closed. */
    private boolean advance(RectificationOrder o, Person supervisor, LocalDate today, Random random) {
        int roll = random.nextInt(100);
        boolean old = o.deadline().isBefore(today.minusDays(5));
        LocalDate reported = earliest(today, o.inspectedOn().plusDays(1 + random.nextInt(
                (int) ChronoUnit.DAYS.between(o.inspectedOn(), o.deadline()) + 4)));
        if (old && roll < 65 || !old && roll < 20) {
            at(reported, random).reportFixed(o.id(), "已按要求整改，附整改后照片。", supervisor.id());
            LocalDate checked = earliest(today, reported.plusDays(1 + random.nextInt(2)));
            if (roll % 5 == 0) {
                at(checked, random).reinspect(o.id(), Verdict.FAILED, "复查仍不达标。", checked.plusDays(2), supervisor.id());
                return false;
            }
            at(checked, random).reinspect(o.id(), Verdict.PASSED, "复查合格。", null, supervisor.id());
            at(checked, random).close(o.id(), supervisor.id());
            return true;
        }
        if (roll < 80) {
            at(reported, random).reportFixed(o.id(), "已整改，请复查。", supervisor.id());
        }
        return false;
    }

    private RectificationRepository at(LocalDate day, Random random) {
        LocalDate today = LocalDate.now(clock);
        ZonedDateTime t = day.equals(today) ? ZonedDateTime.now(clock)
                : day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(clock.getZone());
        return ordersAt.apply(Clock.fixed(t.toInstant(), clock.getZone()));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Today's follow-up check at the place of the oldest overdue one-item order finds the same problem again. */
    private boolean repeatOne(List<RectificationOrder> raised, LocalDate today, Random random) {
        RectificationRepository orders = rectification.orders();
        RectificationOrder earlier = raised.stream().map(o -> orders.find(o.id()).orElseThrow())
                .filter(o -> o.overdue(today) && o.items().size() == 1).findFirst().orElse(null);
        if (earlier == null) {
            return false;
        }
        Inspection before = inspections.find(earlier.inspectionId()).orElseThrow();
        Instant now = clock.instant();
        moveTo(now.minusSeconds(40 * 60));
        OrderItem problem = earlier.items().get(0);
        Inspection again = inspections.create(new InspectionRepository.NewInspection(before.templateVersionId(),
                before.providerId(), problem.placeId(), before.inspectorId(), InspectionKind.SPOT_CHECK));
        ChecklistTemplate template = inspectionService.template(again);
        ItemResult found = inspections.results(before.id()).get(problem.templateItemId());
        for (TemplateItem item : template.items().toList()) {
            inspectionService.answer(again, item.id().equals(problem.templateItemId())
                    ? found.withNote("复查时发现同一问题仍未整改。").withPlace(problem.placeId())
                    : ItemResult.pass(item.id()), before.inspectorId());
        }
        moveTo(now.minusSeconds(15 * 60));
        inspectionService.finish(again, before.inspectorId());
        moveTo(now.minusSeconds(5 * 60));
        RectificationOrder repeat = rectification.raise(request(again.id(),
                reference.provider(before.providerId()).orElseThrow().shortName(), true, random), before.inspectorId()).get(0);
        release();
        return repeat.repeated();
    }
}
