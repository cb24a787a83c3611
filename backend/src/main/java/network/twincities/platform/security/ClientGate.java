package network.twincities.platform.security;

/**
 * Asked about the client each verified token was issued to (claim {@code azp}), on every request: a
 * token is verified locally and stays valid until it expires, so a client whose access was revoked
 * is refused here. Implemented by the feature that knows the clients (partner systems); called often,
 * so both answers must be cheap (in memory).
 */
public interface ClientGate {

    /** Whether tokens of this client are refused (401) although Keycloak signed them. */
    boolean refuses(String clientId);

    /** A token of this client was accepted (e.g. to record when the client last called the API). */
    void used(String clientId);
}
