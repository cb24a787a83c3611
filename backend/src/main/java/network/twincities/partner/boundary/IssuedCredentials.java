package network.twincities.partner.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client secret Keycloak made for a partner system in this request, to be shown in the answer and
 * never again (it is not part of the representation, so neither the audit log nor a GET ever holds it).
 */
@RequestScoped
public class IssuedCredentials {

    private String secret;

    void issue(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
