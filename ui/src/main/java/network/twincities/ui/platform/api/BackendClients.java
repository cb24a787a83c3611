package network.twincities.ui.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.ui.axis.AxesClient;
import network.twincities.ui.dashboard.StatsClient;
import network.twincities.ui.event.EventsClient;
import network.twincities.ui.memorandum.MemorandaClient;
import network.twincities.ui.notification.NotificationsClient;
import network.twincities.ui.organization.OrganizationsClient;
import network.twincities.ui.partner.PartnerSystemsClient;
import network.twincities.ui.people.PeopleClient;
import network.twincities.ui.practice.PracticesClient;
import network.twincities.ui.project.ProjectsClient;
import network.twincities.ui.territory.TerritoriesClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds the MicroProfile Rest Clients of the backend with the base URL {@code twincities.api.url}
 * and the {@link BearerTokenFilter}; views inject the client interfaces with {@link Backend}. Each
 * interface registers {@link ProblemResponseExceptionMapper} itself.
 */
@ApplicationScoped
public class BackendClients {

    private static final Logger LOG = Logger.getLogger(BackendClients.class.getName());

    @Inject
    @ConfigProperty(name = "twincities.api.url", defaultValue = "http://localhost:8080/api/v1")
    String apiUrl;

    @Inject
    BearerTokenFilter bearerTokenFilter;

    @Produces
    @Backend
    @ApplicationScoped
    TerritoriesClient territories() {
        return builder().build(TerritoriesClient.class);
    }

    void close(@Disposes @Backend TerritoriesClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    OrganizationsClient organizations() {
        return builder().build(OrganizationsClient.class);
    }

    void close(@Disposes @Backend OrganizationsClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    AxesClient axes() {
        return builder().build(AxesClient.class);
    }

    void close(@Disposes @Backend AxesClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    PartnerSystemsClient partnerSystems() {
        return builder().build(PartnerSystemsClient.class);
    }

    void close(@Disposes @Backend PartnerSystemsClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    EventsClient events() {
        return builder().build(EventsClient.class);
    }

    void close(@Disposes @Backend EventsClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    MemorandaClient memoranda() {
        return builder().build(MemorandaClient.class);
    }

    void close(@Disposes @Backend MemorandaClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    NotificationsClient notifications() {
        return builder().build(NotificationsClient.class);
    }

    void close(@Disposes @Backend NotificationsClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    PeopleClient people() {
        return builder().build(PeopleClient.class);
    }

    void close(@Disposes @Backend PeopleClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    ProjectsClient projects() {
        return builder().build(ProjectsClient.class);
    }

    void close(@Disposes @Backend ProjectsClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    PracticesClient practices() {
        return builder().build(PracticesClient.class);
    }

    void close(@Disposes @Backend PracticesClient client) {
        closeQuietly(client);
    }

    @Produces
    @Backend
    @ApplicationScoped
    StatsClient stats() {
        return builder().build(StatsClient.class);
    }

    void close(@Disposes @Backend StatsClient client) {
        closeQuietly(client);
    }

    private RestClientBuilder builder() {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(apiUrl))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(bearerTokenFilter);
    }

    private static void closeQuietly(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing a rest client", e);
            }
        }
    }
}
