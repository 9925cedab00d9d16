package com.logicheck.domain.access;

import static com.logicheck.domain.org.Role.ADMIN;
import static com.logicheck.domain.org.Role.INSPECTOR;
import static com.logicheck.domain.org.Role.PROVIDER_CONTACT;
import static com.logicheck.domain.org.Role.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission table, every permission against every role, with no database (ADR 0013, 0018, 0032). */
class AccessPolicyTest {
    private static final UUID ORDER_PROVIDER = UUID.randomUUID();

    /** Who may, where the role alone decides (written out by hand from the rules the repositories checked). */
    private static final Map<Permission, Set<Role>> TABLE = new EnumMap<>(Permission.class);

    static {
        TABLE.put(Permission.MANAGE_ACCOUNTS, EnumSet.of(ADMIN));
        TABLE.put(Permission.CHANGE_PASSWORD, EnumSet.of(ADMIN));
        TABLE.put(Permission.EDIT_ORGANISATION, EnumSet.of(ADMIN));
        TABLE.put(Permission.CHANGE_SETTING, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.EDIT_REFERENCE_DATA, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.EDIT_PLANS, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.EDIT_TEMPLATES, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.ATTACH_SCHEME, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.CLOSE_MONTH, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.REQUEST_EXEMPTION, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.DECIDE_EXEMPTION, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.LODGE_APPEAL, EnumSet.allOf(Role.class));
        TABLE.put(Permission.DECIDE_APPEAL, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.RAISE_ORDER, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.REPORT_ORDER_FIXED, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.REINSPECT_ORDER, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.CLOSE_ORDER, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.ISSUE_NOTICE, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.TRUST_SIGNER, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.EDIT_DRAFT, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.BACK_ENTER, EnumSet.of(SUPERVISOR, ADMIN));
        TABLE.put(Permission.ENTER_MONTH_RESULTS, EnumSet.of(INSPECTOR, SUPERVISOR, ADMIN));
        TABLE.put(Permission.MANAGE_ROUTES, EnumSet.of(SUPERVISOR, ADMIN));
    }

    static Stream<Arguments> everyPermissionAndRole() {
        return Stream.of(Permission.values()).flatMap(p -> Stream.of(Role.values()).map(r -> Arguments.of(p, r)));
    }

    @Test
    void theTableCoversEveryPermission() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Permission.values());
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyPermissionAndRole")
    void eachRoleMayExactlyWhatTheTableSays(Permission permission, Role role) {
        boolean expected = TABLE.get(permission).contains(role);
        assertEquals(expected, AccessPolicy.allows(role, permission));
        Actor actor = new Actor(UUID.randomUUID(), "张伟", role, true, null);
        if (expected) {
            assertThat(AccessPolicy.require(actor, permission)).isSameAs(actor);
        } else {
            assertThatThrownBy(() -> AccessPolicy.require(actor, permission)).isInstanceOf(DomainException.class)
                    .satisfies(e -> {
                        assertThat(((DomainException) e).first().key()).isEqualTo(permission.refusal());
                        assertThat(((DomainException) e).first().args()).containsExactly("张伟");
                    });
        }
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyPermissionAndRole")
    void aDeactivatedPersonMayDoNothing(Permission permission, Role role) {
        Actor inactive = new Actor(UUID.randomUUID(), "李娜", role, false, null);
        assertThat(AccessPolicy.allows(inactive, permission, AccessContext.NONE)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.require(inactive, permission)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.account.inactive"));
    }

    @Test
    void anUnknownPersonIsRefusedAsUnknown() {
        UUID nobody = UUID.randomUUID();
        assertThatThrownBy(() -> AccessPolicy.require(null, nobody, Permission.EDIT_PLANS, AccessContext.NONE))
                .isInstanceOf(DomainException.class).satisfies(e -> {
                    assertThat(((DomainException) e).first().key()).isEqualTo("problem.person.unknown");
                    assertThat(((DomainException) e).first().args()).containsExactly(nobody.toString());
                });
        assertThat(AccessPolicy.allows((Role) null, Permission.LODGE_APPEAL)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("roles")
    void anyoneMayChangeTheirOwnPasswordButOnlyAnAdministratorAnothers(Role role) {
        Actor actor = new Actor(UUID.randomUUID(), "王芳", role, true, null);
        assertThat(AccessPolicy.allows(actor, Permission.CHANGE_PASSWORD, AccessContext.account(actor.id()))).isTrue();
        assertThat(AccessPolicy.allows(actor, Permission.CHANGE_PASSWORD, AccessContext.account(UUID.randomUUID())))
                .isEqualTo(role == ADMIN);
    }

    @Test
    void aProvidersContactReportsOnlyTheirOwnProvidersOrdersFixed() {
        Actor own = new Actor(UUID.randomUUID(), "赵强", PROVIDER_CONTACT, true, ORDER_PROVIDER);
        Actor other = new Actor(UUID.randomUUID(), "钱敏", PROVIDER_CONTACT, true, UUID.randomUUID());
        AccessContext order = AccessContext.ofProvider(ORDER_PROVIDER);
        assertThat(AccessPolicy.allows(own, Permission.REPORT_ORDER_FIXED, order)).isTrue();
        assertThat(AccessPolicy.allows(other, Permission.REPORT_ORDER_FIXED, order)).isFalse();
        assertThat(AccessPolicy.allows(own, Permission.REINSPECT_ORDER, order)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.require(other, Permission.REPORT_ORDER_FIXED, order))
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.rectification.notReporter"));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void onlyTheInspectorWritesIntoTheirDraftWhateverTheRoleAndTheScreenAsksTheSameRow(Role role) {
        Actor owner = new Actor(UUID.randomUUID(), "刘洋", INSPECTOR, true, null);
        Actor other = new Actor(UUID.randomUUID(), "王芳", role, true, null);
        AccessContext draft = AccessContext.draftOf(owner.id(), true);
        assertThat(AccessPolicy.require(owner, Permission.EDIT_DRAFT, draft)).isSameAs(owner);
        assertThatThrownBy(() -> AccessPolicy.require(other, Permission.EDIT_DRAFT, draft))
                .isInstanceOf(DomainException.class).satisfies(e -> {
                    assertThat(((DomainException) e).first().key()).isEqualTo("problem.duties.othersDraft");
                    assertThat(((DomainException) e).first().args()).containsExactly("王芳");
                });
        assertThat(AccessPolicy.refusal(role, other.id(), Permission.EDIT_DRAFT, draft))
                .contains("problem.duties.othersDraft");
        assertThat(AccessPolicy.allows(other, Permission.EDIT_DRAFT, AccessContext.draftOf(owner.id(), false))).isTrue();
    }

    @Test
    void aSupervisorBackEntersAnyonesPaperAnInspectorOnlyTheirOwnAndAContactNone() {
        Actor inspector = new Actor(UUID.randomUUID(), "刘洋", INSPECTOR, true, null);
        Actor supervisor = new Actor(UUID.randomUUID(), "张伟", SUPERVISOR, true, null);
        Actor contact = new Actor(UUID.randomUUID(), "赵强", PROVIDER_CONTACT, true, ORDER_PROVIDER);
        AccessContext liusPaper = AccessContext.draftOf(inspector.id(), false);
        AccessContext othersPaper = AccessContext.draftOf(UUID.randomUUID(), false);
        assertThat(AccessPolicy.allows(inspector, Permission.BACK_ENTER, liusPaper)).isTrue();
        assertThat(AccessPolicy.allows(inspector, Permission.BACK_ENTER, othersPaper)).isFalse();
        assertThat(AccessPolicy.allows(supervisor, Permission.BACK_ENTER, othersPaper)).isTrue();
        assertThat(AccessPolicy.allows(contact, Permission.BACK_ENTER, AccessContext.draftOf(contact.id(), false)))
                .isFalse();
        assertThatThrownBy(() -> AccessPolicy.require(inspector, Permission.BACK_ENTER, othersPaper))
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isEqualTo("problem.backEntry.notAllowed"));
    }

    static Stream<Role> roles() {
        return Stream.of(INSPECTOR, SUPERVISOR, ADMIN);
    }
}
