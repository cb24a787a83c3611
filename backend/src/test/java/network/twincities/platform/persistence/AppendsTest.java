package network.twincities.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction's appended rows are written just before it commits, each table's in one batch in the order
 * they came, and not at all when it is to be rolled back; a failure rolls it back.
 */
public class AppendsTest {

    /** What reached the database: statements and their rows, in order. */
    final List<String> log = new ArrayList<>();

    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> synchronizations = new ArrayList<>();
    boolean rollbackOnly;
    boolean inTransaction = true;
    SQLException failure;

    final Appends appends = new Appends();

    record Row(String text) {}

    static Appends.Table<Row> table(String name) {
        return new Appends.Table<>() {
            @Override
            public String insert() {
                return "INSERT INTO " + name;
            }

            @Override
            public void bind(PreparedStatement statement, Row row) throws SQLException {
                statement.setString(1, row.text());
            }

            @Override
            public void before(Connection connection) throws SQLException {
                connection.createStatement().execute("LOCK " + name);
            }
        };
    }

    final Appends.Table<Row> audit = table("audit");
    final Appends.Table<Row> feed = table("feed");

    @BeforeEach
    void wire() {
        appends.transaction = proxy(TransactionSynchronizationRegistry.class, (method, args) -> switch (method) {
            case "getTransactionKey" -> inTransaction ? "tx" : null;
            case "getResource" -> resources.get(args[0]);
            case "putResource" -> resources.put(args[0], args[1]);
            case "registerInterposedSynchronization" -> synchronizations.add((Synchronization) args[0]);
            case "getRollbackOnly" -> rollbackOnly;
            case "setRollbackOnly" -> rollbackOnly = true;
            default -> throw new UnsupportedOperationException(method);
        });
        appends.dataSource = proxy(DataSource.class, (method, args) -> switch (method) {
            case "getConnection" -> connection();
            default -> throw new UnsupportedOperationException(method);
        });
    }

    Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "createStatement" ->
                proxy(java.sql.Statement.class, (m, a) -> {
                    log.add((String) a[0]);
                    return false;
                });
            case "prepareStatement" -> statement((String) args[0]);
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    PreparedStatement statement(String sql) {
        var bound = new ArrayList<String>();
        return proxy(PreparedStatement.class, (method, args) -> switch (method) {
            case "setString" -> bound.add((String) args[1]);
            case "addBatch" -> null;
            case "executeBatch" -> {
                if (failure != null) {
                    throw failure;
                }
                log.add(sql + " " + bound);
                yield new int[bound.size()];
            }
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(
                AppendsTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method.getName(), args));
    }

    @Test
    void nothingIsWrittenUntilTheTransactionIsAboutToCommitThenEachTableInOneBatchInOrder() {
        appends.add(audit, new Row("a1"));
        appends.add(feed, new Row("f1"));
        appends.add(audit, new Row("a2"));
        assertThat(log).isEmpty();
        assertThat(synchronizations).hasSize(1);

        synchronizations.get(0).beforeCompletion();

        assertThat(log)
                .containsExactly("LOCK audit", "INSERT INTO audit [a1, a2]", "LOCK feed", "INSERT INTO feed [f1]");
    }

    @Test
    void aTransactionMarkedForRollbackWritesNothing() {
        appends.add(audit, new Row("a1"));
        rollbackOnly = true;
        synchronizations.get(0).beforeCompletion();
        assertThat(log).isEmpty();
    }

    @Test
    void aFailureMarksTheTransactionForRollbackAndIsItsCause() {
        appends.add(audit, new Row("a1"));
        failure = new SQLException("the database went away", "08006");
        assertThatThrownBy(() -> synchronizations.get(0).beforeCompletion())
                .isInstanceOf(PersistenceException.class)
                .hasCause(failure);
        assertThat(rollbackOnly).isTrue();
    }

    @Test
    void rowsAreOnlyAppendedInATransaction() {
        inTransaction = false;
        assertThatThrownBy(() -> appends.add(audit, new Row("a1"))).isInstanceOf(IllegalStateException.class);
    }
}
