package network.twincities.ui.axis;

import jakarta.ws.rs.Consumes;
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
 * The backend's {@code /axes}, relative to {@code twincities.api.url}; inject it as {@code @Backend}
 * (the user's bearer token). Error statuses throw {@code BackendException}; writes of a version
 * send its ETag in {@code If-Match}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/axes")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface AxesClient {

    /** One page, sorted ({@code name,asc}) and filtered; null parameters are left out. */
    @GET
    Page<Axis> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("sdg") Integer sdg);

    @GET
    @Path("/{slug}")
    Axis get(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Axis create(Axis value);

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Axis update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, Axis value);
}
