package network.twincities.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's datasource from MicroProfile Config and migrates the schema with Flyway
 * before anything else touches the database. The schema is only ever changed by migrations in
 * {@code db/migration}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/twincities",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=twincities.db.url}",
        user = "${MPCONFIG=twincities.db.user}",
        password = "${MPCONFIG=twincities.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/twincities")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
