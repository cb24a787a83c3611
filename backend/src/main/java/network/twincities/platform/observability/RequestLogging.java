package network.twincities.platform.observability;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request its id ({@link RequestId}) for the time it is served, answers it in {@code
 * X-Request-Id}, writes one access log line in key=value form ({@code request_id=... method=GET
 * path=/api/v1/projects status=200 duration_ms=12}) and counts the request in the metrics ({@link
 * RequestMetrics}). The container's error pages (an ERROR dispatch) see the same id.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class RequestLogging extends HttpFilter {

    static final Logger ACCESS = Logger.getLogger("network.twincities.access");

    @Inject
    RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object given = request.getAttribute(RequestId.ATTRIBUTE);
            // an error raised before the filters ran (the token's verification) has no id yet
            String id = given instanceof String s ? s : RequestId.of(request.getHeader(RequestId.HEADER));
            if (!(given instanceof String) && !response.isCommitted()) {
                request.setAttribute(RequestId.ATTRIBUTE, id);
                response.setHeader(RequestId.HEADER, id);
            }
            RequestId.set(id);
            try {
                chain.doFilter(request, response);
            } finally {
                RequestId.clear();
            }
            return;
        }
        long start = System.nanoTime();
        String id = RequestId.of(request.getHeader(RequestId.HEADER));
        request.setAttribute(RequestId.ATTRIBUTE, id);
        response.setHeader(RequestId.HEADER, id);
        RequestId.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.clear();
            long nanos = System.nanoTime() - start;
            int status = response.getStatus();
            String path = request.getRequestURI();
            metrics.record(request.getMethod(), path, status, nanos);
            if (ACCESS.isLoggable(Level.INFO)) {
                ACCESS.info("request_id=" + id + " method=" + request.getMethod() + " path=" + RequestId.quoted(path)
                        + " status=" + status + " duration_ms=" + nanos / 1_000_000);
            }
        }
    }
}
