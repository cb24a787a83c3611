package network.twincities.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Rows a transaction appends to the tables that are only ever appended to (the audit log, the change
 * feed), written when the transaction is about to commit: each table's rows in one batch (one round trip
 * to the database, however many changes the transaction made), in the order they were added, in the
 * transaction itself (the pool's connection enlisted in it), so they are committed exactly with the
 * changes they tell of. A transaction marked for rollback writes none. If writing them fails, the
 * transaction is rolled back and the failure is its cause.
 */
@ApplicationScoped
public class Appends {

    private static final String KEY = Appends.class.getName();

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

    @Resource(lookup = "java:app/jdbc/twincities")
    DataSource dataSource;

    /** Adds a row, written before the caller's transaction commits. */
    public <R> void add(Table<R> table, R row) {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("Rows are appended in a transaction");
        }
        var pending = (Pending) transaction.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            transaction.putResource(KEY, pending);
            transaction.registerInterposedSynchronization(pending);
        }
        pending.rows.computeIfAbsent(table, any -> new ArrayList<>()).add(row);
    }

    private final class Pending implements Synchronization {

        final Map<Table<?>, List<Object>> rows = new LinkedHashMap<>();

        @Override
        public void beforeCompletion() {
            if (transaction.getRollbackOnly()) {
                return;
            }
            try (var connection = dataSource.getConnection()) {
                for (var entry : rows.entrySet()) {
                    write(connection, entry.getKey(), entry.getValue());
                }
            } catch (SQLException e) {
                transaction.setRollbackOnly();
                throw new PersistenceException("Could not record the transaction's audit and feed rows", e);
            }
        }

        @SuppressWarnings("unchecked")
        private <R> void write(Connection connection, Table<R> table, List<Object> rows) throws SQLException {
            table.before(connection);
            try (var statement = connection.prepareStatement(table.insert())) {
                for (Object row : rows) {
                    table.bind(statement, (R) row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        @Override
        public void afterCompletion(int status) {
            // the rows went with the transaction, or with its rollback
        }
    }
}
