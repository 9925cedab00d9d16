package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.DeadlinePolicy;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.RectificationRules;
import com.logicheck.domain.rectification.RepeatRule;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.RectificationRepository.Deduction;
import com.logicheck.persistence.RectificationRepository.SheetDeductions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Raising 整改通知单 from a sheet's deductions: one order per deduction or one for the whole sheet, with the
 * deadline and required standard defaulted (service line's deadline, the items' 要求与说明), and the repeat rule
 * applied — a repeated problem (重复问题) is linked to the earlier order and escalated one responsibility level.
 */
public final class RectificationService {
    private final RectificationRepository orders;
    private final RectificationSettings settings;
    private final Clock clock;
    private final UseCases useCases;

    public RectificationService(RectificationRepository orders, RectificationSettings settings, Clock clock,
                                UseCases useCases) {
        this.orders = orders;
        this.useCases = useCases;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the inspector decides when raising orders. {@code itemCodes} empty = every deduction not yet on an
     * order and not exempted; {@code deadline} / {@code requiredStandard} null or blank = the defaults.
     */
    public record RaiseRequest(UUID inspectionId, List<String> itemCodes, boolean grouped, String responsiblePerson,
                               LocalDate deadline, String requiredStandard, Set<CauseCategory> causes,
                               String causeNote, String steps) {
        public RaiseRequest {
            itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        }
    }

    /**
     * 下达整改: raises the orders of one request as one unit of work: the sheet's deductions and the earlier orders of
     * the repeat rule are read in the transaction that stores the orders, and when one order is refused none is kept.
     */
    public List<RectificationOrder> raise(RaiseRequest request, UUID actorId) {
        return useCases.inTransaction(() -> raiseAll(request, actorId));
    }

    private List<RectificationOrder> raiseAll(RaiseRequest request, UUID actorId) {
        SheetDeductions sheet = orders.deductions(request.inspectionId());
        List<Deduction> chosen = choose(sheet, request.itemCodes());
        DeadlinePolicy policy = settings.deadlines();
        RepeatRule repeatRule = settings.repeatRule();
        LocalDate deadline = request.deadline() != null ? request.deadline()
                : policy.deadline(sheet.serviceLine(), sheet.inspectedOn());
        List<List<Deduction>> groups = request.grouped() ? List.of(chosen) : chosen.stream().map(List::of).toList();
        List<RectificationOrder> raised = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (List<Deduction> group : groups) {
            List<OrderItem> items = group.stream().map(Deduction::item).toList();
            String standard = request.requiredStandard() != null && !request.requiredStandard().isBlank()
                    ? request.requiredStandard()
                    : group.stream().map(Deduction::requirement).distinct().collect(Collectors.joining("\n"));
            Optional<RepeatRule.Finding> repeat = items.stream()
                    .map(i -> repeatRule.check(orders.priorOrders(i.templateId(), i.itemCode(), i.placeId()), sheet.inspectedOn()))
                    .flatMap(Optional::stream).max(Comparator.comparing(RepeatRule.Finding::level));
            RectificationPlan plan = new RectificationPlan(request.responsiblePerson(), deadline, standard,
                    request.causes(), request.causeNote(), request.steps());
            RectificationOrder order = RectificationOrder.raise(UUID.randomUUID(), sheet.inspectionId(),
                    sheet.providerId(), sheet.placeId(), sheet.serviceLine(), sheet.inspectedOn(), items, plan,
                    repeat.map(RepeatRule.Finding::level).orElse(ResponsibilityLevel.AREA_LEAD),
                    repeat.map(f -> f.prior().orderId()).orElse(null), actorId, now);
            if (raised.isEmpty()) {
                useCases.require(actorId, Permission.RAISE_ORDER, AccessContext.NONE);
                orders.sheetLifecycle(sheet.inspectionId()).orElseThrow(() -> new DomainException(
                        Problem.of("problem.inspection.missing", sheet.inspectionId().toString()))).requireOrderable();
            }
            RectificationRules.requireNotExempted(items, orders.exemptedItems(sheet.inspectionId()));
            List<String> already = orders.itemsOnOrder(sheet.inspectionId(), items);
            if (!already.isEmpty()) {
                throw new DomainException(Problem.of("problem.rectification.alreadyOnOrder", String.join("、", already)));
            }
            orders.insert(order);
            raised.add(order);
        }
        return raised;
    }

    private static List<Deduction> choose(SheetDeductions sheet, List<String> codes) {
        List<Deduction> chosen;
        if (codes.isEmpty()) {
            chosen = sheet.deductions().stream().filter(d -> !d.exempted() && !d.onOrder()).toList();
        } else {
            chosen = new ArrayList<>();
            for (String code : codes) {
                chosen.add(sheet.deductions().stream().filter(d -> d.item().itemCode().equals(code.strip())).findFirst()
                        .orElseThrow(() -> new DomainException(Problem.of("problem.rectification.noSuchDeduction", code))));
            }
        }
        if (chosen.isEmpty()) {
            throw new DomainException(Problem.of("problem.rectification.nothingToRaise"));
        }
        return chosen;
    }

    /**
     * What the 发整改通知单 screen offers for a sheet: its facts, the service line's default deadline and each
     * deduction with whether it is exempted (不予扣分) or already on an order; a read only, nothing is decided here.
     */
    public record RaiseForm(UUID inspectionId, InspectionStatus status, UUID providerId, UUID placeId,
                            ServiceLine serviceLine, LocalDate inspectedOn, LocalDate defaultDeadline,
                            List<Line> lines) {
        public RaiseForm {
            lines = List.copyOf(lines);
        }
    }

    /** One deduction of the sheet as the raise screen lists it. */
    public record Line(String itemCode, String content, BigDecimal deduction, String note, String requirement,
                       boolean exempted, boolean onOrder) {
        /** Whether an order may still be raised for it. */
        public boolean open() {
            return !exempted && !onOrder;
        }
    }

    public RaiseForm form(UUID inspectionId) {
        SheetDeductions sheet = orders.deductions(inspectionId);
        List<Line> lines = sheet.deductions().stream().map(d -> new Line(d.item().itemCode(), d.item().content(),
                d.item().deduction(), d.item().note(), d.requirement(), d.exempted(), d.onOrder())).toList();
        return new RaiseForm(sheet.inspectionId(), sheet.status(), sheet.providerId(), sheet.placeId(),
                sheet.serviceLine(), sheet.inspectedOn(),
                settings.deadlines().deadline(sheet.serviceLine(), sheet.inspectedOn()), lines);
    }

    public RectificationRepository orders() {
        return orders;
    }
}
