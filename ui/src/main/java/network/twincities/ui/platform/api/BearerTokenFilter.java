package network.twincities.ui.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import network.twincities.ui.platform.security.CurrentUser;

/**
 * Sends the logged-in user's access token with every backend call: {@code Authorization: Bearer
 * <token>}. The token is read per call from the user's session, so one client serves every user.
 */
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ClientRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ClientRequestContext request) {
        currentUser
                .accessToken()
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
