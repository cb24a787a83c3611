package network.twincities.platform.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.observability.RequestId;

/**
 * Builds every problem+json response of the API, so that all of them have the same shape and every
 * occurrence gets an {@code instance} id, the request's id ({@code X-Request-Id}), that is also in the log: client errors quietly, server
 * errors loudly with their stack trace (which never reaches the body).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {}

    public static Response response(ProblemType type, String detail) {
        return response(type, detail, List.of(), null);
    }

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, Throwable cause) {
        // the request's id (X-Request-Id, the access log line), so that a quoted instance leads to the log
        String id = RequestId.current().orElseGet(() -> UUID.randomUUID().toString());
        var instance = "urn:uuid:" + id;
        var problem = new Problem(
                type.uri(), type.title(), type.status(), detail, instance, errors.isEmpty() ? null : errors);
        if (type.status() >= 500) {
            LOG.log(Level.SEVERE, line(id, type, detail), cause);
        } else {
            LOG.fine(() -> line(id, type, detail));
        }
        var builder = Response.status(type.status()).type(PROBLEM_JSON).entity(problem);
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer realm=\"twincities\"");
        }
        return builder.build();
    }

    private static String line(String id, ProblemType type, String detail) {
        return "request_id=" + id + " problem=" + RequestId.quoted(type.title()) + " status=" + type.status()
                + " detail=" + RequestId.quoted(detail);
    }
}
