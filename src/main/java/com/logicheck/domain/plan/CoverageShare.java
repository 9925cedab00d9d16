package com.logicheck.domain.plan;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 覆盖比例: the share of an area's units one period of a plan must cover, as a fraction (the seed writes 1/3 and 1/5)
 * or a percentage between 0% and 100% with at most one decimal. Typed as {@code 1/3}, {@code 20%}, {@code 33.3%},
 * {@code 0} (no coverage rule) or {@code 100%}; stored reduced ({@code 20%} = 1/5).
 */
public record CoverageShare(int numerator, int denominator) {
    public static final CoverageShare NONE = new CoverageShare(0, 1);

    public CoverageShare {
        if (denominator < 1 || numerator < 0 || numerator > denominator) {
            throw new DomainException(Problem.of("problem.plan.coverage", numerator, denominator));
        }
    }

    /** Parses what a supervisor types; refuses anything else with a message that shows the accepted forms. */
    public static CoverageShare parse(String text) {
        String t = text == null ? "" : text.strip().replace('％', '%').replace('／', '/').replace(" ", "");
        if (t.isEmpty()) {
            return NONE;
        }
        try {
            if (t.contains("/")) {
                String[] parts = t.split("/", -1);
                if (parts.length != 2) {
                    throw new NumberFormatException(t);
                }
                int n = Integer.parseInt(parts[0]);
                int d = Integer.parseInt(parts[1]);
                if (d < 1 || n < 0 || n > d) {
                    throw new DomainException(Problem.of("problem.plan.coverageRange", text.strip()));
                }
                return reduced(n, d);
            }
            BigDecimal percent = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (!t.endsWith("%") && percent.signum() != 0) {
                throw new NumberFormatException(t); // "20" alone is ambiguous: 20% or 20 units?
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new DomainException(Problem.of("problem.plan.coverageRange", text.strip()));
            }
            if (percent.stripTrailingZeros().scale() > 1) {
                throw new DomainException(Problem.of("problem.plan.coverageDecimals", text.strip()));
            }
            int tenths = percent.movePointRight(1).intValueExact();
            return reduced(tenths, 1000);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DomainException(Problem.of("problem.plan.coverageFormat", text.strip()));
        }
    }

    private static CoverageShare reduced(int n, int d) {
        int g = gcd(n, d);
        return new CoverageShare(n / g, d / g);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    public boolean none() {
        return numerator == 0;
    }

    /** The share in percent, one decimal (1/3 → 33.3). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** As a supervisor would write it: a small fraction as the seed does ({@code 1/3}), anything else in percent. */
    public String text() {
        if (numerator == 0) {
            return "0";
        }
        if (numerator == denominator) {
            return "100%";
        }
        if (denominator <= 12) {
            return numerator + "/" + denominator;
        }
        return percent().toPlainString() + "%";
    }
}
