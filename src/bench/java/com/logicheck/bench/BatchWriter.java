package com.logicheck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes rows for one or more tables on its own connection and thread: {@link #submit()} hands the collected
 * rows over and returns at once, so rows for the next commit are made while these are written. The caller
 * waits with {@link #await()} before the next submit, so at most one batch per writer is in flight.
 */
final class BatchWriter implements AutoCloseable {
    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final List<List<Object[]>> rows = new ArrayList<>();
    private final ExecutorService thread;
    private Future<?> inFlight;

    BatchWriter(Connection connection, String name, String... sql) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        for (String s : sql) {
            statements.add(connection.prepareStatement(s));
            rows.add(new ArrayList<>());
        }
        thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
    }

    /** Adds a row for the {@code table}-th statement given to the constructor. */
    void add(int table, Object... values) {
        rows.get(table).add(values);
    }

    void submit() throws Exception {
        await();
        List<List<Object[]>> batch = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            batch.add(rows.get(i));
            rows.set(i, new ArrayList<>());
        }
        inFlight = thread.submit(() -> {
            write(batch);
            return null;
        });
    }

    void await() throws Exception {
        if (inFlight != null) {
            inFlight.get();
            inFlight = null;
        }
    }

    private void write(List<List<Object[]>> batch) throws SQLException {
        for (int t = 0; t < batch.size(); t++) {
            PreparedStatement ps = statements.get(t);
            for (Object[] row : batch.get(t)) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, row[i]);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        connection.commit();
    }

    @Override
    public void close() throws Exception {
        try {
            await();
        } finally {
            thread.shutdown();
            for (PreparedStatement ps : statements) {
                ps.close();
            }
            connection.close();
        }
    }
}
