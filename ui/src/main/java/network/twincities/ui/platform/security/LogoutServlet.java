package network.twincities.ui.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session here and at the provider: {@code request.logout()} makes the OpenID Connect
 * mechanism invalidate the session and redirect to Keycloak's end-session endpoint, which returns the
 * browser to the public signed-out page ({@code @LogoutDefinition} in {@link SecurityConfiguration}).
 */
@WebServlet(OidcConfig.LOGOUT_PATH)
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        doGet(request, response);
    }
}
