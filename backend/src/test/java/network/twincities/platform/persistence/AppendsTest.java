package network.twincities.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Appended rows are written at a flush, on the persistence context's connection, each table's in one batch in
 * the order they came; in a batch, once it ends, and not at all if it fails.
 */
public class AppendsTest {

    /** What reached the database: statements and their rows, in order. */
    final List<String> log = new ArrayList<>();

    final Map<Object, Object> resources = new HashMap<>();
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
            default -> throw unexpected(method);
        });
        appends.em = proxy(EntityManager.class, (method, args) -> switch (method) {
            case "unwrap" -> {
                assertThat(args[0]).isEqualTo(Connection.class);
                log.add("connection");
                yield connection();
            }
            default -> throw unexpected(method);
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
            case "close" -> log.add("closed");
            default -> throw unexpected(method);
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
            default -> throw unexpected(method);
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
    void aFlushWritesEachTableInOneBatchInOrderOnThePersistenceContextsConnection() {
        appends.add(audit, new Row("a1"));
        appends.add(feed, new Row("f1"));
        appends.add(audit, new Row("a2"));
        assertThat(log).isEmpty();

        appends.flush();
        appends.flush();

        assertThat(log)
                .containsExactly(
                        "connection", "LOCK audit", "INSERT INTO audit [a1, a2]", "LOCK feed", "INSERT INTO feed [f1]");
    }

    @Test
    void inABatchTheRowsAreWrittenOnceItEnds() {
        appends.batch(() -> {
            for (int i = 1; i <= 3; i++) {
                appends.add(audit, new Row("a" + i));
                appends.add(feed, new Row("f" + i));
                appends.flush();
                assertThat(log).isEmpty();
            }
        });
        assertThat(log)
                .containsExactly(
                        "connection",
                        "LOCK audit",
                        "INSERT INTO audit [a1, a2, a3]",
                        "LOCK feed",
                        "INSERT INTO feed [f1, f2, f3]");
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        assertThatThrownBy(() -> appends.batch(() -> {
                    appends.add(audit, new Row("a1"));
                    throw new IllegalArgumentException("refused");
                }))
                .hasMessage("refused");
        assertThat(log).isEmpty();
    }

    @Test
    void aDatabaseFailureIsAPersistenceExceptionWithItsCause() {
        appends.add(audit, new Row("a1"));
        failure = new SQLException("the database went away", "08006");
        assertThatThrownBy(appends::flush)
                .isInstanceOf(PersistenceException.class)
                .hasCause(failure);
    }

    @Test
    void rowsAreOnlyAppendedInATransaction() {
        inTransaction = false;
        assertThatThrownBy(() -> appends.add(audit, new Row("a1"))).isInstanceOf(IllegalStateException.class);
    }

    /** A call the test's JDBC and container doubles do not expect: Appends needs only those they answer. */
    static AssertionError unexpected(String method) {
        return new AssertionError("Appends called " + method + "(), which it does not need");
    }
}
