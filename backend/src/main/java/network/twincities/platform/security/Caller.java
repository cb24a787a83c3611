package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls, as the verified bearer token says: the name recorded in audit fields, the realm roles, and
 * the territory the caller is bound to.
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
        Set<String> groups = authenticated() ? token.getGroups() : null;
        return groups == null ? Set.of() : groups;
    }

    /** The slug of the caller's territory (the token's {@code territory} claim); null when it has none. */
    public String territory() {
        if (!authenticated()) {
            return null;
        }
        Object claim = token.getClaim("territory");
        return claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
    }
}
