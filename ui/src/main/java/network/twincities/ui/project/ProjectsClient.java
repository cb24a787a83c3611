package network.twincities.ui.project;

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
import java.util.List;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.api.ProblemResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The backend's {@code /projects}, relative to {@code twincities.api.url}; inject it as {@code
 * @Backend} (the user's bearer token). Error statuses throw {@code BackendException}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/projects")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface ProjectsClient {

    /** One page, sorted ({@code title,asc}) and filtered; null parameters are left out. */
    @GET
    Page<Project> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("territory") String territory,
            @QueryParam("axis") String axis,
            @QueryParam("status") String status,
            @QueryParam("q") String q);

    @GET
    @Path("/{id}")
    Project get(@PathParam("id") String id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Project create(Project value);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Project update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Project value);

    @DELETE
    @Path("/{id}")
    void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    /** The progress log, newest first. */
    @GET
    @Path("/{id}/updates")
    List<Project.Update> updates(@PathParam("id") String id);

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    Project.Update post(@PathParam("id") String id, Project.NewUpdate update);
}
