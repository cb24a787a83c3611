package network.twincities.ui.platform.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every error status of the backend into a {@link BackendException} carrying its problem. */
public class ProblemResponseExceptionMapper implements ResponseExceptionMapper<BackendException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public BackendException toThrowable(Response response) {
        String body = null;
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException unreadable) {
            // keep the status only
        }
        return new BackendException(Problem.parse(
                body, response.getStatus(), response.getStatusInfo().getReasonPhrase()));
    }
}
