package network.twincities.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import network.twincities.platform.database.DatabaseUnavailable;
import network.twincities.platform.database.SchemaMigrated;
import org.flywaydb.core.Flyway;

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
            "connectTimeout=5"
        })
@Singleton
@Startup
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

    private void attempt() {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
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
