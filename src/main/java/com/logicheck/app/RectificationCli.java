package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the rectification sub-commands share: order numbers, dates, causes, one order's line. */
final class RectificationCli {
    private RectificationCli() {
    }

    /** A full order id, or its first characters (as printed by {@code orders}). */
    static UUID orderId(AppContext context, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notFull) {
            List<UUID> ids = text.length() >= 4 && text.matches("[0-9a-fA-F-]+")
                    ? context.rectification().service().orders().idsStartingWith(text) : List.of();
            if (ids.size() != 1) {
                throw new DomainException(Problem.of(ids.isEmpty() ? "problem.cli.unknownOrder" : "problem.cli.ambiguousOrder", text));
            }
            return ids.get(0);
        }
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Problem.of("problem.cli.date", text));
        }
    }

    /** Causes by name (TRAINING) or by label in either language (培训), comma separated. */
    static Set<CauseCategory> causes(List<String> texts, Messages messages) {
        Set<CauseCategory> causes = EnumSet.noneOf(CauseCategory.class);
        for (String t : texts == null ? List.<String>of() : texts) {
            for (String part : t.split("[,，、]")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                causes.add(EnumSet.allOf(CauseCategory.class).stream()
                        .filter(c -> c.name().equalsIgnoreCase(p) || messages.label(c).equals(p)
                                || Messages.forLanguage("zh").label(c).equals(p))
                        .findFirst().orElseThrow(() -> new DomainException(Problem.of("problem.cli.cause", p))));
            }
        }
        return causes;
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    static String describe(RectificationOrder o, Messages messages) {
        return messages.get("cli.rectify.order", shortId(o.id()), messages.label(o.status()),
                o.items().stream().map(i -> i.itemCode()).collect(messages.joining()), o.deadline().toString(),
                o.plan().responsiblePerson(), messages.label(o.level()),
                o.repeated() ? messages.get("cli.orders.repeat") : "").stripTrailing();
    }
}
