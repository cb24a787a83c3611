package network.twincities.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.problem.Problems;

/**
 * Every resource requires an authenticated caller unless it says {@link PermitAll}: the first check of
 * every request (401 before 404 before 403). Which authenticated caller may do what is decided by
 * each feature's authorization rules.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        boolean open = method != null
                && (method.isAnnotationPresent(PermitAll.class)
                        || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problems.response(ProblemType.UNAUTHORIZED, "A valid bearer token is required."));
        }
    }
}
