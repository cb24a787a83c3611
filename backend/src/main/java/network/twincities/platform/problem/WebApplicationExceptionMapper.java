package network.twincities.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, unsupported media type, an
 * unreadable body) become problems with a detail that never echoes internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && e.getCause() != null) {
            // a failure wrapped on its way out of a transaction: classify the failure itself
            return new ThrowableMapper().toResponse(e.getCause());
        }
        var type = ProblemType.forStatus(status);
        return Problems.response(type, type.defaultDetail(), java.util.List.of(), status >= 500 ? e : null);
    }
}
