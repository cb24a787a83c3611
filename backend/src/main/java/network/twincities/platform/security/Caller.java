package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who calls, as the verified bearer token says: the name recorded in audit fields, and the realm roles. */
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
}
