package com.logicheck.service;

import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Actor;
import com.logicheck.domain.access.Permission;
import com.logicheck.persistence.ActorRepository;
import com.logicheck.persistence.UnitOfWork;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a service runs a use case (用例): one unit of work that reads the actor, asks the {@link AccessPolicy}, and only
 * then calls the repositories, which read and write rows but decide nothing about who may (ADR 0032).
 */
public final class UseCases {
    private final UnitOfWork unitOfWork;
    private final ActorRepository actors;

    public UseCases(UnitOfWork unitOfWork, ActorRepository actors) {
        this.unitOfWork = unitOfWork;
        this.actors = actors;
    }

    /** Runs {@code work} for {@code actorId} once the policy allows {@code permission}; refused otherwise. */
    public <T> T call(UUID actorId, Permission permission, Function<Actor, T> work) {
        return call(actorId, permission, AccessContext.NONE, work);
    }

    /** {@link #call(UUID, Permission, Function)} where the answer depends on what the action touches. */
    public <T> T call(UUID actorId, Permission permission, AccessContext context, Function<Actor, T> work) {
        return unitOfWork.inTransaction(() -> work.apply(require(actorId, permission, context)));
    }

    /** {@link #call(UUID, Permission, Function)} without a result. */
    public void run(UUID actorId, Permission permission, Runnable work) {
        unitOfWork.run(() -> {
            require(actorId, permission, AccessContext.NONE);
            work.run();
        });
    }

    /** Work in one transaction that asks the policy itself (e.g. only in some cases). */
    public <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The actor, refused unless the policy allows {@code permission}; call it inside a unit of work. */
    public Actor require(UUID actorId, Permission permission, AccessContext context) {
        return AccessPolicy.require(actors.actor(actorId).orElse(null), actorId, permission, context);
    }
}
