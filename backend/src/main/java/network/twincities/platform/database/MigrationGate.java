package network.twincities.platform.database;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import network.twincities.platform.SchemaMigration;

/**
 * Until the schema is migrated (the database may not have been there when the backend started), every
 * request is a 503 with {@code Retry-After}: the API serves all or nothing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class MigrationGate implements ContainerRequestFilter {

    static final String DETAIL = "The API is starting: it waits for its database. Try again in a few seconds.";

    @Inject
    SchemaMigration migration;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!migration.ready()) {
            request.abortWith(DatabaseUnavailable.response(DETAIL));
        }
    }
}
