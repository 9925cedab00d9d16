package com.logicheck.domain.assessment;

import com.logicheck.domain.Scores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 考核办法, one immutable version of it: which sheets count and how, the components of the monthly total and their
 * weights on the scheme's {@code scale} (1000 for the hospital's 千分制, 100 for the college), survey, complaint and
 * veto rules, grades, money, the share passed down to the working department (经济奖惩的60%落实到服务执行部门),
 * required inspections and what repeated failures lead to. Optional rules are null when the scheme has none.
 */
public record AssessmentScheme(UUID id, String code, int version, String title, String source, BigDecimal scale,
                               SheetSelection sheets, List<SchemeComponent> components, SurveyRule survey,
                               ComplaintRule complaints, List<VetoRule> vetoes, List<SchemeGrade> grades,
                               MoneyRule money, BigDecimal passDownPercent, InspectionRequirement requiredInspections,
                               List<FailureConsequence> failureConsequences) {
    public AssessmentScheme {
        components = List.copyOf(components);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        grades = grades.stream().sorted(Comparator.comparing(SchemeGrade::min).reversed()).toList();
        failureConsequences = failureConsequences == null ? List.of() : List.copyOf(failureConsequences);
        money = money == null ? new MoneyRule.None() : money;
        passDownPercent = passDownPercent == null ? Scores.normalise(BigDecimal.ZERO) : passDownPercent;
        requiredInspections = requiredInspections == null ? InspectionRequirement.NONE : requiredInspections;
    }

    public static UUID versionId(String code, int version) {
        return UUID.nameUUIDFromBytes(("scheme:" + code + ":" + version).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<SchemeComponent> component(ComponentKind kind) {
        return components.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public Optional<VetoRule> veto(VetoType type) {
        return vetoes.stream().filter(v -> v.type() == type).findFirst();
    }

    /** The grade whose minimum is the highest one not above the total; the lowest grade otherwise. */
    public SchemeGrade gradeFor(BigDecimal total) {
        for (SchemeGrade grade : grades) {
            if (total.compareTo(grade.min()) >= 0) {
                return grade;
            }
        }
        return grades.get(grades.size() - 1);
    }

    /** The grade a vetoed month gets: the highest failing grade, or the lowest grade when none is marked failing. */
    public SchemeGrade failingGrade() {
        return grades.stream().filter(SchemeGrade::failing).findFirst().orElse(grades.get(grades.size() - 1));
    }
}
