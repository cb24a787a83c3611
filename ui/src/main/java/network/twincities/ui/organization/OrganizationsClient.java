package network.twincities.ui.organization;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.api.ProblemResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The backend's {@code /organizations}, relative to {@code twincities.api.url}; inject it as {@code @Backend}
 * (the user's bearer token). Error statuses throw {@code BackendException}; writes of a version
 * send its ETag in {@code If-Match}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/organizations")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface OrganizationsClient {

    /** One page, sorted ({@code name,asc}) and filtered; null parameters are left out. */
    @GET
    Page<Organization> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("country") String country);

    @GET
    @Path("/{slug}")
    Organization get(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Organization create(Organization value);

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Organization update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, Organization value);

    @DELETE
    @Path("/{slug}")
    void delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);
}
