package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema's owner migrates; the application's role reads and writes rows but cannot change the
 * schema nor rewrite the audit log. Roles as deploy/postgres/10-roles.sh makes them.
 */
class SchemaGrantsTest {

    static EmbeddedPostgres postgres;
    static DataSource owner;
    static DataSource app;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (var c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE ROLE twincities_owner LOGIN PASSWORD 'owner-secret'");
            s.execute("CREATE ROLE twincities_app LOGIN PASSWORD 'app-secret'");
            s.execute("CREATE DATABASE twincities OWNER twincities_owner");
            s.execute("REVOKE ALL ON DATABASE twincities FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE twincities TO twincities_app");
        }
        try (var c = postgres.getDatabase("postgres", "twincities").getConnection();
                var s = c.createStatement()) {
            // PostgreSQL before 15 lets everyone create in schema public
            s.execute("ALTER SCHEMA public OWNER TO twincities_owner");
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        owner = dataSource("twincities_owner", "owner-secret");
        app = dataSource("twincities_app", "app-secret");
        // two instances starting at once: Flyway's advisory lock lets one migrate, the other waits
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run =
                        () -> SchemaMigration.flyway(SchemaGrantsTest.class.getClassLoader(), owner, "twincities_app")
                                .migrate()
                                .migrationsExecuted;
                runs.add(pool.submit(run));
            }
            int executed = 0;
            for (var run : runs) {
                executed += run.get();
            }
            try (var c = owner.getConnection();
                    var s = c.createStatement();
                    var r = s.executeQuery("SELECT count(*), count(DISTINCT version) FROM flyway_schema_history"
                            + " WHERE version IS NOT NULL")) {
                r.next();
                assertThat(r.getInt(1)).as("each migration applied once").isEqualTo(r.getInt(2));
                assertThat(executed)
                        .as("migrations applied by both runs together")
                        .isEqualTo(r.getInt(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    static DataSource dataSource(String user, String password) {
        var ds = new PGSimpleDataSource();
        ds.setUrl(postgres.getJdbcUrl("postgres", "twincities").replaceFirst("\\?.*", ""));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Test
    void theApplicationWritesRows() throws SQLException {
        try (var c = app.getConnection()) {
            insertAudit(c);
            // privileges are checked before rows are looked at: no row needed
            execute(c, "UPDATE territory SET version = version WHERE false");
            execute(c, "DELETE FROM territory WHERE false");
            execute(c, "SELECT count(*) FROM audit_entry");
            execute(c, "SELECT nextval('memorandum_reference_seq')");
        }
    }

    @Test
    void theApplicationCannotRewriteTheAuditLog() throws SQLException {
        try (var c = app.getConnection()) {
            insertAudit(c);
            assertDenied(c, "UPDATE audit_entry SET actor = 'someone else'");
            assertDenied(c, "DELETE FROM audit_entry");
            assertDenied(c, "TRUNCATE audit_entry");
        }
    }

    @Test
    void theApplicationCannotChangeTheSchema() throws SQLException {
        try (var c = app.getConnection()) {
            assertDenied(c, "CREATE TABLE intruder (id INT)");
            assertDenied(c, "ALTER TABLE territory ADD COLUMN intruder INT");
            assertDenied(c, "DROP TABLE audit_entry");
            assertDenied(c, "DELETE FROM flyway_schema_history");
        }
    }

    @Test
    void theOwnerStillMigratesAgain() {
        var result = SchemaMigration.flyway(getClass().getClassLoader(), owner, "twincities_app")
                .migrate();
        assertThat(result.migrationsExecuted).isZero();
    }

    @Test
    void refusesARoleNameThatIsNotPlain() {
        assertThatThrownBy(() -> SchemaMigration.flyway(getClass().getClassLoader(), owner, "app'; DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void insertAudit(Connection c) throws SQLException {
        execute(
                c,
                "INSERT INTO audit_entry (actor, resource, resource_id, action, changes)"
                        + " VALUES ('test', 'territories', 'x', 'CREATE', '{}')");
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void assertDenied(Connection c, String sql) {
        assertThatThrownBy(() -> {
                    try (var s = c.createStatement()) {
                        s.execute(sql);
                    }
                })
                .as(sql)
                .isInstanceOfSatisfying(
                        SQLException.class,
                        e -> assertThat(e.getSQLState())
                                .as(e.getMessage())
                                .isIn("42501")); // insufficient_privilege (must be owner / permission denied)
    }
}
