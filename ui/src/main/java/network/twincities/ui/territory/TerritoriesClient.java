package network.twincities.ui.territory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
}
