package com.logicheck.domain.access;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what (权限表): the one table from role and context to {@link Permission}, asked by every service before
 * it writes and by the screens and the CLI to enable or refuse (ADR 0032). The organisation's roles nest (ADR 0013):
 * 管理员 ⊇ 主管 ⊇ 检查人 ({@link Role#mayActAs}); the provider's contact stands apart. Pure code: no database.
 * <p>
 * Separation of duties (四眼原则, an organisation setting on by default, carried in {@link AccessContext#fourEyes}):
 * who asked for an exemption or lodged an appeal does not decide it; who entered an order's 整改完成 report does not
 * re-inspect it; who passed the re-inspection does not close it alone while another supervisor could; nobody writes
 * into another person's draft sheet (it is signed under its 检查人's name) — refused, not recorded as someone else.
 * Each refusal has its own message ({@link #dutyConflict}).
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** Whether {@code role} may take {@code permission} where the role alone decides. */
    public static boolean allows(Role role, Permission permission) {
        return allows(role, null, null, permission, AccessContext.NONE);
    }

    /**
     * Whether someone in {@code role}, speaking for {@code actorProvider} (a provider's contact; else null), may take
     * {@code permission} on {@code context} — for rules that know the role but not the whole actor.
     */
    public static boolean allows(Role role, UUID actorProvider, Permission permission, AccessContext context) {
        return allows(role, null, actorProvider, permission, context);
    }

    /** The table; {@code actorId} and {@code actorProvider} serve the context rules (own account; own provider). */
    private static boolean allows(Role role, UUID actorId, UUID actorProvider, Permission permission,
                                  AccessContext context) {
        if (role == null || !roleAllows(role, actorId, actorProvider, permission, context)) {
            return false;
        }
        return dutyConflict(actorId, permission, context).isEmpty();
    }

    private static boolean roleAllows(Role role, UUID actorId, UUID actorProvider, Permission permission,
                                      AccessContext context) {
        return switch (permission) {
            case MANAGE_ACCOUNTS, EDIT_ORGANISATION -> role.mayActAs(Role.ADMIN);
            case CHANGE_PASSWORD -> actorId != null && actorId.equals(context.accountOf()) || role.mayActAs(Role.ADMIN);
            case EDIT_REFERENCE_DATA, EDIT_PLANS, EDIT_TEMPLATES, ATTACH_SCHEME, CLOSE_MONTH, DECIDE_EXEMPTION,
                 DECIDE_APPEAL, CLOSE_ORDER, TRUST_SIGNER, MANAGE_ROUTES -> role.mayActAs(Role.SUPERVISOR);
            case CHANGE_SETTING, REQUEST_EXEMPTION, RAISE_ORDER, REINSPECT_ORDER, ISSUE_NOTICE, EDIT_DRAFT,
                 ENTER_MONTH_RESULTS ->
                    role.mayActAs(Role.INSPECTOR);
            case REPORT_ORDER_FIXED -> role.mayActAs(Role.INSPECTOR)
                    || role == Role.PROVIDER_CONTACT && context.providerId() != null
                    && Objects.equals(actorProvider, context.providerId());
            case LODGE_APPEAL -> true;
            case BACK_ENTER -> role.mayActAs(Role.SUPERVISOR)
                    || role.mayActAs(Role.INSPECTOR) && actorId != null && actorId.equals(context.draftOf());
        };
    }

    /**
     * The separation-of-duties refusal (四眼原则) of a step its role allows, as a problem key (argument: the person's
     * name); empty when the setting is off, the step has no such rule, or someone else took the step before.
     */
    public static Optional<String> dutyConflict(UUID actorId, Permission permission, AccessContext context) {
        if (!context.fourEyes() || actorId == null) {
            return Optional.empty();
        }
        boolean conflict = switch (permission) {
            case DECIDE_EXEMPTION, DECIDE_APPEAL -> actorId.equals(context.requestedBy());
            case REINSPECT_ORDER -> actorId.equals(context.reportedFixedBy());
            case CLOSE_ORDER -> actorId.equals(context.reinspectedBy()) && context.anotherSupervisor();
            case EDIT_DRAFT -> context.draftOf() != null && !actorId.equals(context.draftOf());
            default -> false;
        };
        return conflict ? Optional.of(permission.dutyRefusal()) : Optional.empty();
    }

    /**
     * Why a screen disables {@code permission} for the signed-in person: the problem key of the refusal (argument:
     * their name), or empty when they may. The same answer {@link #require} gives the service.
     */
    public static Optional<String> refusal(Role role, UUID actorId, Permission permission, AccessContext context) {
        if (role == null || !roleAllows(role, actorId, null, permission, context)) {
            return Optional.of(permission.refusal());
        }
        return dutyConflict(actorId, permission, context);
    }

    /**
     * Why a screen disables a step {@code role} allows but the separation of duties refuses (四眼原则): the problem key
     * (argument: the person's name), or empty — also when the role itself refuses, which the screen says when the step
     * is tried ({@link #refusal} gives that key).
     */
    public static Optional<String> dutyRefusal(Role role, UUID actorId, Permission permission, AccessContext context) {
        if (role == null || !roleAllows(role, actorId, null, permission, context)) {
            return Optional.empty();
        }
        return dutyConflict(actorId, permission, context);
    }

    /** Whether {@code actor} may take {@code permission} on {@code context}; a deactivated actor may take none. */
    public static boolean allows(Actor actor, Permission permission, AccessContext context) {
        return actor != null && actor.active()
                && allows(actor.role(), actor.id(), actor.providerId(), permission, context);
    }

    /** {@link #require(Actor, Permission, AccessContext)} where the role alone decides. */
    public static Actor require(Actor actor, Permission permission) {
        return require(actor, permission, AccessContext.NONE);
    }

    /**
     * Refuses unless {@code actor} may take {@code permission}: an unknown person with {@code problem.person.unknown},
     * a deactivated one with {@code problem.account.inactive}, a role that may not with the permission's own key
     * (argument: the actor's name). Own-account actions need no role and are not refused for the role.
     *
     * @param actor   the person as read in the use case's transaction; null when no such person exists
     * @param actorId the id asked for, named in the refusal of an unknown person
     */
    public static Actor require(Actor actor, UUID actorId, Permission permission, AccessContext context) {
        if (actor == null) {
            throw new DomainException(Problem.of("problem.person.unknown", String.valueOf(actorId)));
        }
        return require(actor, permission, context);
    }

    /** {@link #require(Actor, UUID, Permission, AccessContext)} for an actor known to exist. */
    public static Actor require(Actor actor, Permission permission, AccessContext context) {
        if (actor == null) {
            throw new DomainException(Problem.of("problem.person.unknown", "null"));
        }
        if (!actor.active()) {
            throw new DomainException(Problem.of("problem.account.inactive", actor.name()));
        }
        if (!roleAllows(actor.role(), actor.id(), actor.providerId(), permission, context)) {
            throw new DomainException(Problem.of(permission.refusal(), actor.name()));
        }
        dutyConflict(actor.id(), permission, context).ifPresent(key -> {
            throw new DomainException(Problem.of(key, actor.name()));
        });
        return actor;
    }
}
