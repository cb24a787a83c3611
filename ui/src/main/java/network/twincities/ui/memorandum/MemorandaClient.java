package network.twincities.ui.memorandum;

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
 * The backend's {@code /mous}, relative to {@code twincities.api.url}; inject it as {@code @Backend}
 * (the user's bearer token). Error statuses throw {@code BackendException}; writes and workflow
 * steps send the ETag of the version shown in {@code If-Match}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/mous")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface MemorandaClient {

    String PDF = "application/pdf";

    /** One page, sorted ({@code reference,asc}) and filtered; null parameters are left out. */
    @GET
    Page<Memorandum> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("status") String status,
            @QueryParam("territory") String territory,
            @QueryParam("axis") String axis,
            @QueryParam("q") String q);

    @GET
    @Path("/{id}")
    Memorandum get(@PathParam("id") String id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum create(Memorandum value);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum value);

    @DELETE
    @Path("/{id}")
    void delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{id}/submit")
    Memorandum submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum.Reason none);

    @POST
    @Path("/{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum requestChanges(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum.Reason reason);

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum reject(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum.Reason reason);

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum terminate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum.Reason reason);

    @POST
    @Path("/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    Memorandum sign(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Memorandum.Signature signature);

    @GET
    @Path("/{id}/history")
    List<Memorandum.Transition> history(@PathParam("id") String id);

    @GET
    @Path("/{id}/document")
    @Produces({PDF, "application/problem+json"})
    byte[] document(@PathParam("id") String id);

    @PUT
    @Path("/{id}/document")
    @Consumes(PDF)
    Memorandum attach(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, byte[] pdf);
}
