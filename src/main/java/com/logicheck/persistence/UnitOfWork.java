package com.logicheck.persistence;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * 一个用例一个事务: runs a use case's repository calls in one transaction. The database's transactions are bound to
 * the thread ({@link Database}), so each repository method's own transaction joins this one (a savepoint, when
 * nested): either all of the use case is written or none of it (ADR 0032).
 */
public final class UnitOfWork {
    private final DSLContext dsl;

    public UnitOfWork(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Runs {@code work} in one transaction and returns its result; any exception rolls all of it back. */
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(() -> work.get());
    }

    /** {@link #inTransaction} for work without a result. */
    public void run(Runnable work) {
        dsl.transaction(work::run);
    }
}
