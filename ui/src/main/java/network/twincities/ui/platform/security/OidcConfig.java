package network.twincities.ui.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect settings from MicroProfile Config (system properties, environment, ...). The
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

    @Inject
    @ConfigProperty(name = "twincities.oidc.issuer", defaultValue = "http://localhost:8180/realms/twincities")
    String issuer;

    @Inject
    @ConfigProperty(name = "twincities.oidc.client-id", defaultValue = "twincities-ui")
    String clientId;

    @Inject
    @ConfigProperty(name = "twincities.oidc.client-secret", defaultValue = "demo-ui-secret")
    String clientSecret;

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

    public String getClientSecret() {
        return clientSecret;
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
