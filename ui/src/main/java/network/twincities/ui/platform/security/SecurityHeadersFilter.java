package network.twincities.ui.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No other site may show the UI in a frame (clickjacking): every response of the UI says so, in the
 * header of today's browsers ({@code Content-Security-Policy: frame-ancestors}) and in the older one
 * ({@code X-Frame-Options}). Set before the response is written, so that no page goes without.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'";
    static final String X_FRAME_OPTIONS = "DENY";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", X_FRAME_OPTIONS);
        chain.doFilter(request, response);
    }
}
