package network.twincities.ui.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The logged-in user of the current request, from Jakarta Security's session-scoped {@link
 * OpenIdContext}: their access token (for the backend) and their profile.
 */
@ApplicationScoped
public class CurrentUser {

    @Inject
    OpenIdContext openIdContext;

    /** The access token to send to the backend as a bearer token, if a user is logged in. */
    public Optional<String> accessToken() {
        try {
            AccessToken token = openIdContext.getAccessToken();
            return token == null ? Optional.empty() : Optional.ofNullable(token.getToken());
        } catch (ContextNotActiveException | IllegalStateException noSession) {
            return Optional.empty();
        }
    }

    /** The profile from the access token's claims, completed by the identity token's. */
    public UserProfile profile() {
        try {
            List<Claims> sources = new ArrayList<>();
            AccessToken accessToken = openIdContext.getAccessToken();
            if (accessToken != null && accessToken.isJWT()) {
                sources.add(accessToken.getJwtClaims());
            }
            IdentityToken identityToken = openIdContext.getIdentityToken();
            if (identityToken != null) {
                sources.add(identityToken.getJwtClaims());
            }
            return sources.isEmpty() ? UserProfile.ANONYMOUS : UserProfile.fromClaims(sources);
        } catch (ContextNotActiveException | IllegalStateException noSession) {
            return UserProfile.ANONYMOUS;
        }
    }

    /**
     * The language the user chose and Keycloak keeps (the {@code locale} claim, from the user's attribute:
     * saved on the profile page or on Keycloak's own pages), if any.
     */
    public Optional<String> preferredLanguage() {
        try {
            List<Claims> sources = new ArrayList<>();
            IdentityToken identityToken = openIdContext.getIdentityToken();
            if (identityToken != null) {
                sources.add(identityToken.getJwtClaims());
            }
            AccessToken accessToken = openIdContext.getAccessToken();
            if (accessToken != null && accessToken.isJWT()) {
                sources.add(accessToken.getJwtClaims());
            }
            for (Claims claims : sources) {
                Optional<String> locale = claims.getStringClaim("locale");
                if (locale.isPresent() && !locale.get().isBlank()) {
                    return locale;
                }
            }
            return Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException noSession) {
            return Optional.empty();
        } catch (RuntimeException notAString) {
            return Optional.empty();
        }
    }
}
