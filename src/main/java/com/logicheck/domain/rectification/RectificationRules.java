package com.logicheck.domain.rectification;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a new 整改通知单 must satisfy; every problem is reported at once. */
public final class RectificationRules {
    private RectificationRules() {
    }

    public static List<Problem> checkNew(List<OrderItem> items, RectificationPlan plan, LocalDate inspectedOn) {
        List<Problem> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add(Problem.of("problem.rectification.noItems"));
        } else {
            Set<UUID> seen = new HashSet<>();
            for (OrderItem item : items) {
                if (item.deduction() == null || item.deduction().signum() <= 0) {
                    problems.add(Problem.of("problem.rectification.itemNotDeducted", item.itemCode()));
                }
                if (!seen.add(item.templateItemId())) {
                    problems.add(Problem.of("problem.rectification.itemTwice", item.itemCode()));
                }
            }
        }
        if (plan.responsiblePerson().isEmpty()) {
            problems.add(Problem.of("problem.rectification.noResponsible"));
        }
        if (plan.deadline() == null) {
            problems.add(Problem.of("problem.rectification.noDeadline"));
        } else if (plan.deadline().isBefore(inspectedOn)) {
            problems.add(Problem.of("problem.rectification.deadlineBeforeInspection", plan.deadline(), inspectedOn));
        }
        if (plan.requiredStandard().isEmpty()) {
            problems.add(Problem.of("problem.rectification.noStandard"));
        }
        if (plan.causes().isEmpty()) {
            problems.add(Problem.of("problem.rectification.noCause"));
        }
        return problems;
    }

    /** Refuses deductions an approved 不予扣分 exempted: they need no rectification by the provider. */
    public static void requireNotExempted(List<OrderItem> items, Set<UUID> exemptedItemIds) {
        List<Problem> problems = items.stream().filter(i -> exemptedItemIds.contains(i.templateItemId()))
                .map(i -> Problem.of("problem.rectification.exempted", i.itemCode())).toList();
        requireValid(problems);
    }

    static void requireValid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
