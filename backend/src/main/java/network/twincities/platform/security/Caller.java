package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import network.twincities.platform.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls, as the verified bearer token says: name, realm roles and, for officials and API clients
 * bound to a member territory, the territory's slug.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** The login (or the service account's client id), as recorded in audit fields. */
    public String name() {
        if (!authenticated()) {
            return "anonymous";
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getName();
    }

    public Set<String> roles() {
        return authenticated() ? token.getGroups() : Set.of();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean isForumAdmin() {
        return hasRole(Roles.FORUM_ADMIN);
    }

    public Optional<String> territory() {
        if (!authenticated()) {
            return Optional.empty();
        }
        Object claim = token.getClaim("territory");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }
}
