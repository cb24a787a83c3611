package network.twincities.ui.practice;

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
 * The backend's {@code /best-practices} with their adoptions and suggested adopters, and the
 * territories' suggested twins; relative to {@code twincities.api.url}, injected as {@code @Backend}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface PracticesClient {

    /** One page, sorted ({@code title,asc}) and filtered; null parameters are left out. */
    @GET
    @Path("best-practices")
    Page<BestPractice> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("territory") String territory,
            @QueryParam("axis") String axis,
            @QueryParam("tag") String tag,
            @QueryParam("q") String q);

    @GET
    @Path("best-practices/{id}")
    BestPractice get(@PathParam("id") String id);

    @POST
    @Path("best-practices")
    @Consumes(MediaType.APPLICATION_JSON)
    BestPractice create(BestPractice value);

    @PUT
    @Path("best-practices/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    BestPractice update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, BestPractice value);

    @DELETE
    @Path("best-practices/{id}")
    void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("best-practices/{id}/adoptions")
    List<BestPractice.Adoption> adoptions(@PathParam("id") String id);

    @POST
    @Path("best-practices/{id}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    BestPractice.Adoption adopt(@PathParam("id") String id, BestPractice.Adoption adoption);

    @GET
    @Path("best-practices/{id}/suggested-adopters")
    List<BestPractice.Suggestion> suggestedAdopters(@PathParam("id") String id);

    @GET
    @Path("territories/{slug}/suggested-twins")
    List<BestPractice.Suggestion> suggestedTwins(@PathParam("slug") String slug);
}
