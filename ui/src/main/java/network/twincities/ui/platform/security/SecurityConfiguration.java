package network.twincities.ui.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Login through Keycloak: OpenID Connect authorization code flow for the confidential client
 * {@code twincities-ui}. Every value comes from {@link OidcConfig}.
 *
 * <p>{@code redirectToOriginalResource} stays false (true throws inside Payara when Vaadin reads a
 * request parameter): the provider returns to {@link CallbackServlet}, which redirects to the app.
 * Tokens are refreshed with the refresh token when they are about to expire.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${oidcConfig.redirectUri}",
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcConfig.signedOutUri}"),
        tokenAutoRefresh = true)
public class SecurityConfiguration {}
