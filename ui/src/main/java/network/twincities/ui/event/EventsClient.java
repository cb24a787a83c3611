package network.twincities.ui.event;

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
 * The backend's {@code /events}, relative to {@code twincities.api.url}; inject it as {@code @Backend}
 * (the user's bearer token). Error statuses throw {@code BackendException}; writes of a version
 * send its ETag in {@code If-Match}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/events")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface EventsClient {

    /** One page, sorted ({@code name,asc}) and filtered; null parameters are left out. */
    @GET
    Page<Event> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("city") String city);

    @GET
    @Path("/{slug}")
    Event get(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Event create(Event value);

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Event update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, Event value);

    @DELETE
    @Path("/{slug}")
    void delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);
}
