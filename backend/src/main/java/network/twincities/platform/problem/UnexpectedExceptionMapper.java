package network.twincities.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Anything not foreseen: a 500 problem with an instance id to find the stack trace in the log. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        return Problems.response(
                ProblemType.INTERNAL,
                "An unexpected error occurred; quote the instance id to the operators.",
                List.of(),
                e);
    }
}
