package com.logicheck.domain.org;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 合同条款 as a supervisor types them: the monthly fee (管理费) and the performance bond (履约保证金) in 元, at least 0
 * with at most two decimals (分); the end date (if any) not before the start; at least one service line; a title.
 * Every broken rule is reported at once.
 */
public final class ContractTerms {
    /** The largest amount the database holds (DECIMAL(14, 2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    public static final int TITLE_MAX = 200;

    private ContractTerms() {
    }

    /** The two amounts of a contract; each names its own messages. */
    public enum Amount {
        /** 月管理费. */
        FEE("problem.refdata.feeMissing", "problem.refdata.feeNotNumber", "problem.refdata.feeNegative",
                "problem.refdata.feeCents", "problem.refdata.feeTooLarge"),
        /** 履约保证金. */
        BOND("problem.refdata.bondMissing", "problem.refdata.bondNotNumber", "problem.refdata.bondNegative",
                "problem.refdata.bondCents", "problem.refdata.bondTooLarge");

        private final String missing;
        private final String notNumber;
        private final String negative;
        private final String cents;
        private final String tooLarge;

        Amount(String missing, String notNumber, String negative, String cents, String tooLarge) {
            this.missing = missing;
            this.notNumber = notNumber;
            this.negative = negative;
            this.cents = cents;
            this.tooLarge = tooLarge;
        }
    }

    /** An amount typed as {@code 12000}, {@code 12,000.50} or {@code 12000元}; refuses anything else. */
    public static BigDecimal amount(String text, Amount which) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "").replace("元", "").strip();
        if (t.isEmpty()) {
            throw new DomainException(Problem.of(which.missing));
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.of(which.notNumber, text.strip()));
        }
    }

    /** The contract as it may be stored, or every problem with it. */
    public static Contract check(Contract c) {
        List<Problem> problems = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            problems.add(Problem.of("problem.refdata.contractTitleEmpty"));
        } else if (c.title().strip().length() > TITLE_MAX) {
            problems.add(Problem.of("problem.refdata.contractTitleLong", TITLE_MAX));
        }
        if (c.serviceLines().isEmpty()) {
            problems.add(Problem.of("problem.refdata.contractNoLines"));
        }
        amountProblem(c.monthlyFee(), Amount.FEE, problems);
        amountProblem(c.performanceBond(), Amount.BOND, problems);
        if (c.startsOn() == null) {
            problems.add(Problem.of("problem.refdata.contractNoStart"));
        } else if (c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            problems.add(Problem.of("problem.refdata.contractEndsBeforeStart", c.endsOn(), c.startsOn()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new Contract(c.id(), c.providerId(), c.title().strip(), c.serviceLines(), c.monthlyFee().setScale(2),
                c.performanceBond().setScale(2), c.startsOn(), c.endsOn());
    }

    private static void amountProblem(BigDecimal amount, Amount which, List<Problem> problems) {
        if (amount == null) {
            problems.add(Problem.of(which.missing));
        } else if (amount.signum() < 0) {
            problems.add(Problem.of(which.negative, amount.toPlainString()));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of(which.cents, amount.toPlainString()));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(Problem.of(which.tooLarge, amount.toPlainString()));
        }
    }
}
