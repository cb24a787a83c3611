package network.twincities.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import network.twincities.platform.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema is migrated: before, the API answers every request with 503. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(migration.ready()).build();
    }
}
