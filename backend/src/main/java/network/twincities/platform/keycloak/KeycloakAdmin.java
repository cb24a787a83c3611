package network.twincities.platform.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.StreamMessageBodyReader;

/**
 * Keycloak's admin API for the realm, as the backend's own service account (client credentials of
 * {@code twincities.keycloak.admin.client-id}; in the realm it may manage clients and users and nothing
 * else). Configured by:
 *
 * <ul>
 *   <li>{@code twincities.keycloak.admin.url}: Keycloak's base URL as the backend reaches it; by default
 *       the issuer ({@code mp.jwt.verify.issuer}) without its {@code /realms/<realm>};
 *   <li>{@code twincities.keycloak.admin.realm}: by default the issuer's realm;
 *   <li>{@code twincities.keycloak.admin.client-id}, {@code .client-secret}: the service account;
 *   <li>{@code twincities.keycloak.admin.timeout}: seconds to connect and to wait for an answer.
 * </ul>
 *
 * <p>The admin client is built on the RESTEasy client, bundled in the WAR, while Payara serves JAX-RS
 * with Jersey: the client and its provider factory are therefore built explicitly here, never looked up
 * through {@code ClientBuilder.newBuilder()}, which would find Jersey's.
 * It is made on first use, so that a Keycloak down at start does not stop the API.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final String REALMS = "/realms/";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "twincities.keycloak.admin.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "twincities.keycloak.admin.realm")
    Optional<String> realm;

    @Inject
    @ConfigProperty(name = "twincities.keycloak.admin.client-id", defaultValue = "twincities-backend")
    String clientId;

    @Inject
    @ConfigProperty(name = "twincities.keycloak.admin.client-secret", defaultValue = "demo-backend-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "twincities.keycloak.admin.timeout", defaultValue = "10")
    long timeoutSeconds;

    private Keycloak keycloak;

    /** At start: JAX-RS' runtime stays Payara's, whichever application asked for it first. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        JaxRsRuntime.keepJersey();
    }

    /** The realm's admin API; every call may throw what {@link KeycloakCalls} translates. */
    @Produces
    public RealmResource realm() {
        return keycloak().realm(realmName());
    }

    /** The realm the backend administers. */
    public String realmName() {
        return realm.orElseGet(() -> issuer.substring(issuer.lastIndexOf(REALMS) + REALMS.length()));
    }

    /** Keycloak's base URL as the backend reaches it. */
    public String serverUrl() {
        return url.orElseGet(() -> issuer.substring(0, issuer.lastIndexOf(REALMS)));
    }

    private synchronized Keycloak keycloak() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl())
                    .realm(realmName())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .resteasyClient(client())
                    .build();
            JaxRsRuntime.keepJersey();
        }
        return keycloak;
    }

    /**
     * A RESTEasy client of its own: the builder is RESTEasy's (not looked up through JAX-RS), and it makes
     * a local provider factory with RESTEasy's client providers, found through the application's class
     * loader; nothing is shared with Payara's Jersey.
     */
    private jakarta.ws.rs.client.Client client() {
        return new ResteasyClientBuilderImpl()
                .connectionPoolSize(10)
                .connectTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .readTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .register(StreamMessageBodyReader.class)
                .register(JacksonProvider.class, 100)
                .build();
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
