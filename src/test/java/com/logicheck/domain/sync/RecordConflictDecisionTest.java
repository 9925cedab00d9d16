package com.logicheck.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.sync.RecordConflictDecision.Resolution;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may decide a conflict between signed records, and which side the domain lets them take (ADR 0027). */
class RecordConflictDecisionTest {

    @ParameterizedTest(name = "{0} may decide: {1}")
    @CsvSource({"SUPERVISOR, true", "ADMIN, true", "INSPECTOR, false", "PROVIDER_CONTACT, false"})
    void onlySupervisorsAndAdministratorsDecide(Role role, boolean decides) {
        assertThat(RecordConflictDecision.mayDecide(role)).isEqualTo(decides);
        assertThat(RecordConflictDecision.refusal(role, "张伟", Resolution.KEPT_LOCAL, "FORK", "ORDER_REPORTED",
                "本机为准").map(Problem::key)).isEqualTo(decides ? Optional.empty()
                : Optional.of("problem.recordConflict.notAllowed"));
    }

    @ParameterizedTest(name = "{0} about {1}: take theirs {2}")
    @CsvSource({
            "MONTH_CLOSED_TWICE, MONTH_CLOSED,      true",
            "MONTH_CLOSED_TWICE, MONTH_REOPENED,    false",
            "SAME_ID,            MONTH_CLOSED,      false",
            "SAME_ID,            MONTH_REOPENED,    false",
            "SAME_ID,            ORDER_ISSUED,      false",
            "FORK,               ORDER_REPORTED,    false",
            "FORK,               ORDER_REINSPECTED, false",
            "FORK,               ORDER_CLOSED,      false",
            "ITEM_ON_TWO_ORDERS, ORDER_ISSUED,      false"})
    void onlyAnotherLaptopsClosingOfAMonthCanReplaceOurs(String kind, String recordKind, boolean take) {
        assertThat(RecordConflictDecision.mayTakeIncoming(kind, recordKind)).isEqualTo(take);
        var refusal = RecordConflictDecision.refusal(Role.SUPERVISOR, "刘洋", Resolution.TOOK_INCOMING, kind, recordKind,
                "以对方为准");
        assertThat(refusal.map(Problem::key)).isEqualTo(take ? Optional.empty()
                : Optional.of("problem.recordConflict.keepOnly." + kind));
        assertThat(RecordConflictDecision.refusal(Role.SUPERVISOR, "刘洋", Resolution.KEPT_LOCAL, kind, recordKind,
                "以本机为准")).as("keeping ours is always allowed").isEmpty();
    }

    @ParameterizedTest(name = "reason [{0}]")
    @CsvSource(value = {"'', problem.recordConflict.reasonRequired", "'   ', problem.recordConflict.reasonRequired",
            "NULL, problem.recordConflict.reasonRequired"}, nullValues = "NULL")
    void aDecisionNeedsAReason(String reason, String key) {
        assertThat(RecordConflictDecision.refusal(Role.ADMIN, "管理员", Resolution.KEPT_LOCAL, "FORK", "ORDER_REPORTED",
                reason)).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo(key));
    }

    @Test
    void aReasonFitsTheHistory() {
        String limit = "理".repeat(RecordConflictDecision.MAX_REASON);
        assertThat(RecordConflictDecision.refusal(Role.SUPERVISOR, "刘洋", Resolution.KEPT_LOCAL, "FORK",
                "ORDER_REPORTED", "  " + limit + "  ")).isEmpty();
        assertThat(RecordConflictDecision.refusal(Role.SUPERVISOR, "刘洋", Resolution.KEPT_LOCAL, "FORK",
                "ORDER_REPORTED", limit + "多")).hasValueSatisfying(p ->
                assertThat(p.key()).isEqualTo("problem.recordConflict.reasonTooLong"));
    }

    @Test
    void anInspectorIsToldSoBeforeAnythingElse() {
        assertThat(RecordConflictDecision.refusal(Role.INSPECTOR, "张伟", Resolution.TOOK_INCOMING, "FORK",
                "ORDER_REPORTED", "")).hasValueSatisfying(p -> {
                    assertThat(p.key()).isEqualTo("problem.recordConflict.notAllowed");
                    assertThat(p.args()).containsExactly("张伟");
                });
    }
}
