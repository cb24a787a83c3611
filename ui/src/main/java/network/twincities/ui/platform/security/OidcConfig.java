package network.twincities.ui.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import network.twincities.config.Secrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect settings from MicroProfile Config (system properties, environment, ...).
 *
 * <p>{@code twincities.oidc.issuer} is where the UI fetches the provider's discovery document: in a
 * container network Keycloak's internal URL. With Keycloak's {@code --hostname} set to its public URL
 * and {@code --hostname-backchannel-dynamic=true}, that document names the public issuer (what the
 * tokens carry and the UI checks) and the public login and logout pages (for the browser), while the
 * token, keys and userinfo endpoints the UI calls itself stay on the internal URL. The
 *
 * {@link SecurityConfiguration} annotation reads them through Expression Language as {@code
 * ${oidcConfig.xxx}}: Payara's Jakarta Security (Soteria) evaluates these expressions lazily, on the
 * first request that needs the configuration, when CDI beans are available.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    public static final String CALLBACK_PATH = "/callback";
    public static final String SIGNED_OUT_PATH = "/signed-out";
    public static final String LOGOUT_PATH = "/logout";
    static final String DEMO_CLIENT_SECRET = "demo-ui-secret";

    @Inject
    @ConfigProperty(name = "twincities.oidc.issuer", defaultValue = "http://localhost:8180/realms/twincities")
    String issuer;

    @Inject
    @ConfigProperty(name = "twincities.oidc.client-id", defaultValue = "twincities-ui")
    String clientId;

    /** No default: outside demo mode {@link SecretCheck} refuses to start without one. */
    @Inject
    @ConfigProperty(name = SecretCheck.CLIENT_SECRET)
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = Secrets.DEMO, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "twincities.ui.url", defaultValue = "http://localhost:8080")
    String uiUrl;

    /** The provider URI: Soteria appends {@code /.well-known/openid-configuration}. */
    public String getProviderUri() {
        return withoutTrailingSlash(issuer);
    }

    public String getClientId() {
        return clientId;
    }

    /** The client's secret; in demo mode, when none is given, the demo realm's. */
    public String getClientSecret() {
        return clientSecret.orElse(demo ? DEMO_CLIENT_SECRET : "");
    }

    /** Where the provider sends the browser back with the authorization code. */
    public String getRedirectUri() {
        return withoutTrailingSlash(uiUrl) + CALLBACK_PATH;
    }

    /** Where the provider sends the browser after a logout. */
    public String getSignedOutUri() {
        return withoutTrailingSlash(uiUrl) + SIGNED_OUT_PATH;
    }

    static String withoutTrailingSlash(String url) {
        String trimmed = url == null ? "" : url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
