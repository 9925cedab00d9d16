package com.logicheck.domain.access;

import static com.logicheck.domain.org.Role.ADMIN;
import static com.logicheck.domain.org.Role.INSPECTOR;
import static com.logicheck.domain.org.Role.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rows of the permission table that separate duties (四眼原则), with no database. */
class SeparationOfDutiesTest {
    private static final Actor ZHANG = new Actor(UUID.randomUUID(), "张伟", SUPERVISOR, true, null);
    private static final Actor LI = new Actor(UUID.randomUUID(), "李娜", SUPERVISOR, true, null);
    private static final Actor ADMINISTRATOR = new Actor(UUID.randomUUID(), "王芳", ADMIN, true, null);
    private static final Actor INSPECTOR_LIU = new Actor(UUID.randomUUID(), "刘洋", INSPECTOR, true, null);

    /** permission, context built for 张伟 as the one who took the step before (setting on), refusal key. */
    static Stream<Arguments> ownSteps() {
        UUID me = ZHANG.id();
        return Stream.of(
                Arguments.of(Permission.DECIDE_EXEMPTION, AccessContext.decidingRequestOf(me, true),
                        "problem.duties.ownRequest"),
                Arguments.of(Permission.DECIDE_APPEAL, AccessContext.decidingRequestOf(me, true),
                        "problem.duties.ownAppeal"),
                Arguments.of(Permission.REINSPECT_ORDER, AccessContext.reinspectingReportOf(me, true),
                        "problem.duties.ownReport"),
                Arguments.of(Permission.CLOSE_ORDER, AccessContext.closingReinspectionOf(me, true, true),
                        "problem.duties.ownReinspection"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownSteps")
    void whoTookTheStepBeforeIsRefusedWithItsOwnMessageAndAnotherMay(Permission permission, AccessContext context,
                                                                     String key) {
        assertThat(AccessPolicy.allows(ZHANG, permission, context)).isFalse();
        assertThat(AccessPolicy.refusal(SUPERVISOR, ZHANG.id(), permission, context)).contains(key);
        assertThatThrownBy(() -> AccessPolicy.require(ZHANG, permission, context)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).first().key()).isEqualTo(key);
                    assertThat(((DomainException) e).first().args()).containsExactly("张伟");
                });
        assertThat(AccessPolicy.allows(LI, permission, context)).isTrue();
        assertThat(AccessPolicy.refusal(SUPERVISOR, LI.id(), permission, context)).isEmpty();
        assertThat(AccessPolicy.allows(ADMINISTRATOR, permission, context)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownSteps")
    void withTheSettingOffTheRoleAloneDecides(Permission permission, AccessContext on, String key) {
        AccessContext off = new AccessContext(null, null, false, on.requestedBy(), on.reportedFixedBy(),
                on.reinspectedBy(), on.anotherSupervisor(), null);
        assertThat(AccessPolicy.allows(ZHANG, permission, off)).isTrue();
        assertThat(AccessPolicy.require(ZHANG, permission, off)).isSameAs(ZHANG);
    }

    @Test
    void theOnlySupervisorMayCloseWhatTheyReinspected() {
        AccessContext alone = AccessContext.closingReinspectionOf(ZHANG.id(), false, true);
        assertThat(AccessPolicy.allows(ZHANG, Permission.CLOSE_ORDER, alone)).isTrue();
    }

    @Test
    void aRoleRefusalComesBeforeTheDutyAndKeepsItsMessage() {
        AccessContext own = AccessContext.decidingRequestOf(INSPECTOR_LIU.id(), true);
        assertThat(AccessPolicy.refusal(INSPECTOR, INSPECTOR_LIU.id(), Permission.DECIDE_EXEMPTION, own))
                .contains("problem.exemption.notSupervisor");
        assertThat(AccessPolicy.dutyRefusal(INSPECTOR, INSPECTOR_LIU.id(), Permission.DECIDE_EXEMPTION, own))
                .as("the screen disables only what the duties refuse; the role's refusal is said when tried").isEmpty();
        assertThat(AccessPolicy.dutyRefusal(SUPERVISOR, ZHANG.id(), Permission.DECIDE_EXEMPTION,
                AccessContext.decidingRequestOf(ZHANG.id(), true))).contains("problem.duties.ownRequest");
        assertThat(AccessPolicy.dutyRefusal(SUPERVISOR, ZHANG.id(), Permission.DECIDE_EXEMPTION,
                AccessContext.decidingRequestOf(LI.id(), true))).isEmpty();
    }

    @Test
    void nobodyWritesIntoAnotherPersonsDraftNotEvenAnAdministrator() {
        AccessContext liusDraft = AccessContext.draftOf(INSPECTOR_LIU.id(), true);
        assertThat(AccessPolicy.allows(INSPECTOR_LIU, Permission.EDIT_DRAFT, liusDraft)).isTrue();
        assertThat(AccessPolicy.allows(ZHANG, Permission.EDIT_DRAFT, liusDraft)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.require(ADMINISTRATOR, Permission.EDIT_DRAFT, liusDraft))
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.duties.othersDraft"));
        assertThat(AccessPolicy.allows(ADMINISTRATOR, Permission.EDIT_DRAFT,
                AccessContext.draftOf(INSPECTOR_LIU.id(), false))).isTrue();
    }
}
