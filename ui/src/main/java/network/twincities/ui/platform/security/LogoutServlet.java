package network.twincities.ui.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session here and at the provider, on a POST only: a GET (a link, an image another page
 * embeds) is answered 405 and signs no one out. {@code request.logout()} makes the OpenID Connect
 * mechanism invalidate the session and redirect to Keycloak's end-session endpoint, which returns the
 * browser to the public signed-out page ({@code @LogoutDefinition} in {@link SecurityConfiguration}).
 * The session cookie is {@code SameSite=Lax}, so another site's form cannot post here with it.
 */
@WebServlet(OidcConfig.LOGOUT_PATH)
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        if (!response.isCommitted()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + OidcConfig.SIGNED_OUT_PATH);
        }
    }
}
