package network.twincities.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a transaction appends to the tables that are only ever appended to (the audit log, the change
 * feed). Added rows are written by {@link #flush}, each table's in one JDBC batch (one round trip, however
 * many rows), in the order they were added; inside a {@link #batch} only once it ends, so a write of a
 * thousand changes costs a round trip per table, not per change. They go through the persistence context's
 * own connection, in the caller's transaction and database session (an advisory lock the transaction holds
 * is its own), so they are committed, or rolled back, exactly with the changes they tell of.
 */
@ApplicationScoped
public class Appends {

    private static final String ROWS = Appends.class.getName() + ".rows";
    private static final String BATCH = Appends.class.getName() + ".batch";

    /** The rows of one table: the statement that inserts one, and how a row fills it. */
    public interface Table<R> {

        /** An INSERT with a {@code ?} for each value. */
        String insert();

        void bind(PreparedStatement statement, R row) throws SQLException;

        /** Done on the connection before the rows are inserted (e.g. taking a lock). */
        default void before(Connection connection) throws SQLException {}
    }

    @Resource
    TransactionSynchronizationRegistry transaction;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** Adds a row to the caller's transaction, written at the next {@link #flush}. */
    public <R> void add(Table<R> table, R row) {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("Rows are appended in a transaction");
        }
        pending().computeIfAbsent(table, any -> new ArrayList<>()).add(row);
    }

    /** Writes the rows added so far, unless a batch is open: then when it ends. */
    public void flush() {
        if (transaction.getResource(BATCH) != Boolean.TRUE) {
            write();
        }
    }

    /** Does the work, whose rows are written together once it is done (not if it throws). */
    public void batch(Runnable work) {
        boolean outer = transaction.getResource(BATCH) != Boolean.TRUE;
        transaction.putResource(BATCH, Boolean.TRUE);
        try {
            work.run();
        } finally {
            if (outer) {
                transaction.putResource(BATCH, Boolean.FALSE);
            }
        }
        if (outer) {
            write();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Table<?>, List<Object>> pending() {
        var rows = (Map<Table<?>, List<Object>>) transaction.getResource(ROWS);
        if (rows == null) {
            rows = new LinkedHashMap<>();
            transaction.putResource(ROWS, rows);
        }
        return rows;
    }

    private void write() {
        var rows = pending();
        if (rows.isEmpty()) {
            return;
        }
        var connection = em.unwrap(Connection.class); // the persistence context's, held for the transaction
        try {
            for (var entry : rows.entrySet()) {
                write(connection, entry.getKey(), entry.getValue());
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not record the audit and feed rows of the change", e);
        } finally {
            rows.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void write(Connection connection, Table<R> table, List<Object> rows) throws SQLException {
        table.before(connection);
        try (var statement = connection.prepareStatement(table.insert())) {
            for (Object row : rows) {
                table.bind(statement, (R) row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
