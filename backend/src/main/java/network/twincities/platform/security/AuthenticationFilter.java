package network.twincities.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.problem.Problems;

/**
 * Every request needs an authenticated caller, except reading the API root: the first check of every
 * request, before the resource is even looked up (401 before 404, 405 or 403). Which authenticated
 * caller may do what is the {@link Policy}'s to say.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null && !isPublic(request)) {
            request.abortWith(Problems.response(ProblemType.UNAUTHORIZED, ProblemType.UNAUTHORIZED.defaultDetail()));
        }
    }

    /** The API root is the one anonymous entry point: a consumer starts there. */
    static boolean isPublic(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean root = path.isEmpty() || path.equals("/");
        return root && (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()));
    }
}
