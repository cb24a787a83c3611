package network.twincities.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import network.twincities.platform.database.DatabaseUnavailable;
import network.twincities.platform.database.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Defines the application's datasource from MicroProfile Config and migrates the schema with Flyway
 * before the API serves (until then {@code MigrationGate} answers 503). The schema is only ever changed
 * by migrations in {@code db/migration}.
 *
 * <p>If the database is not there at deployment, the deployment still succeeds and the migration is
 * tried again every few seconds in the background; readiness stays DOWN meanwhile.
 *
 * <p>The pool checks every connection with {@code SELECT 1} before handing it out and, when one is
 * dead, drops all of them: after a PostgreSQL restart or fail-over no request gets a connection the
 * server has closed. That costs one round trip per transaction.
 *
 * <p>The schema belongs to its owner: with {@code twincities.db.owner-user} and {@code
 * twincities.db.owner-password} set, Flyway migrates as that role and, after every run ({@code
 * afterMigrate__grants.sql}), lets the application's role ({@code twincities.db.user}) read and write
 * rows, but not change the schema nor update or delete audit rows. Without them Flyway migrates as the
 * application's role, which then owns the schema (the local run). Several instances may start at once:
 * Flyway holds a PostgreSQL advisory lock while it migrates, so one migrates and the others wait, then
 * find nothing left to do.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/twincities",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=twincities.db.url}",
        user = "${MPCONFIG=twincities.db.user}",
        password = "${MPCONFIG=twincities.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // a server that does not answer at all is given up on in seconds, not minutes
            "connectTimeout=5",
            // a batch of inserts goes as multi-row inserts: the bulk upsert, the audit log, the change feed
            "reWriteBatchedInserts=true"
        })
@Singleton
@Startup
@DependsOn("SecretCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    static final long RETRY_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/twincities")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<SchemaMigrated> migrated;

    @Inject
    @ConfigProperty(name = "twincities.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "twincities.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "twincities.db.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "twincities.db.owner-password")
    Optional<String> ownerPassword;

    private volatile boolean ready;
    private volatile ScheduledFuture<?> retry;

    @PostConstruct
    void start() {
        // usually the database is there: the API is ready as soon as it is deployed
        attempt();
    }

    @PreDestroy
    void stop() {
        var pending = retry;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Whether the schema is migrated and the start-up work that needs the database is done. */
    public boolean ready() {
        return ready;
    }

    /**
     * Flyway for the schema: migrations and callbacks of {@code db/migration}, run on {@code schemaOwner};
     * {@code appUser} is the role the grants go to.
     */
    public static Flyway flyway(ClassLoader classLoader, DataSource schemaOwner, String appUser) {
        if (appUser == null || !appUser.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "twincities.db.user must be a plain PostgreSQL role name, was '" + appUser + "'");
        }
        return Flyway.configure(classLoader)
                .dataSource(schemaOwner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appUser", appUser))
                .load();
    }

    /** The owner's connection when it has credentials of its own, else the application's datasource. */
    private DataSource ownerDataSource() {
        if (ownerUser.filter(u -> !u.isBlank()).isEmpty()) {
            return dataSource;
        }
        var owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(ownerUser.get().trim());
        owner.setPassword(ownerPassword.orElse(""));
        owner.setConnectTimeout(5);
        return owner;
    }

    private void attempt() {
        try {
            var result =
                    flyway(getClass().getClassLoader(), ownerDataSource(), user).migrate();
            LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now)");
            migrated.fire(new SchemaMigrated(result.targetSchemaVersion));
            ready = true;
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.warning(() -> "The database cannot be reached (" + e.getMessage() + "); trying again in "
                        + RETRY_SECONDS + " s");
            } else {
                LOG.log(Level.SEVERE, "Migrating the schema failed; trying again in " + RETRY_SECONDS + " s", e);
            }
            retry = scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }
}
