package network.twincities.ui.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has already exchanged the code for
 * tokens and logged the user in when this servlet runs; it only sends the browser to the app.
 */
@WebServlet(OidcConfig.CALLBACK_PATH)
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
