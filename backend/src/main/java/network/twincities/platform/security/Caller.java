package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who calls, as the verified bearer token says (see {@link BearerTokenMechanism}): the name recorded in
 * audit fields, the realm roles and the territory.
 */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    private BearerToken token;
    private boolean resolved;

    public Caller() {}

    /** A caller with this token, or anonymous with null: for tests. */
    Caller(BearerToken token) {
        this.token = token;
        this.resolved = true;
    }

    private BearerToken token() {
        if (!resolved) {
            token = request.getAttribute(BearerToken.ATTRIBUTE) instanceof BearerToken verified ? verified : null;
            resolved = true;
        }
        return token;
    }

    public boolean authenticated() {
        return token() != null;
    }

    /** The login (or the service account's client id), as recorded in audit fields. */
    public String name() {
        return authenticated() ? token().name() : "anonymous";
    }

    /** The realm roles (claim {@code groups}); empty when anonymous or when the token names none. */
    public Set<String> roles() {
        return authenticated() ? token().roles() : Set.of();
    }

    /** The slug of the caller's territory (claim {@code territory}), or null when it names none. */
    public String territory() {
        return authenticated() ? token().territory() : null;
    }
}
