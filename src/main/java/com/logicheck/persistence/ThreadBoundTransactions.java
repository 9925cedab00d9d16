package com.logicheck.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.TransactionContext;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * jOOQ's thread-bound transactions, extended so that the {@code dsl.transaction(cfg -> …)} form every repository
 * uses joins a transaction already open on the thread (as a savepoint) instead of starting a second one on the same
 * connection: jOOQ joins only its context form ({@code dsl.transaction(() -> …)}) by itself. A nested transaction
 * takes over the outer one's transaction state, as jOOQ does when it derives a nested context transaction.
 * See {@link UnitOfWork} and ADR 0032.
 */
final class ThreadBoundTransactions extends ThreadLocalTransactionProvider {
    private final ThreadLocal<Deque<Configuration>> open = ThreadLocal.withInitial(ArrayDeque::new);

    ThreadBoundTransactions(ConnectionProvider connections) {
        super(connections, true);
    }

    @Override
    public void begin(TransactionContext ctx) {
        Configuration outer = open.get().peek();
        if (outer != null) {
            outer.data().forEach(ctx.configuration().data()::putIfAbsent);
        }
        super.begin(ctx);
        open.get().push(ctx.configuration());
    }

    @Override
    public void commit(TransactionContext ctx) {
        super.commit(ctx);
        closed(ctx);
    }

    @Override
    public void rollback(TransactionContext ctx) {
        try {
            super.rollback(ctx);
        } finally {
            closed(ctx);
        }
    }

    /** Forgets the transaction once (a failed commit is followed by a rollback of the same transaction). */
    private void closed(TransactionContext ctx) {
        Deque<Configuration> configurations = open.get();
        if (configurations.peek() == ctx.configuration()) {
            configurations.pop();
        }
        if (configurations.isEmpty()) {
            open.remove();
        }
    }
}
