package network.twincities.ui.territory;

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
 * The backend's territories, relative to {@code twincities.api.url}. Inject it as {@code @Backend
 * TerritoriesClient}: built by {@code BackendClients}, which adds the user's bearer token. Error
 * statuses throw {@code BackendException}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/territories")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface TerritoriesClient {

    /**
     * {@code GET /territories?page=&size=&sort=&q=}; a null {@code q} or {@code sort} is left out.
     */
    @GET
    Page<Territory> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q);

    /** The list with its filters; null ones are left out. */
    @GET
    Page<Territory> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("country") String country,
            @QueryParam("membership") String membership,
            @QueryParam("parent") String parent);

    @GET
    @Path("/{slug}")
    Territory get(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Territory create(Territory territory);

    /** {@code ifMatch} is the ETag of the version edited: {@code "3"}; a stale one gets 412. */
    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    Territory update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, Territory territory);

    @DELETE
    @Path("/{slug}")
    void delete(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch);
}
