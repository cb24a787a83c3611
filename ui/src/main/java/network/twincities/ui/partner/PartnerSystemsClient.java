package network.twincities.ui.partner;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.api.ProblemResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The backend's {@code /partner-systems}, relative to {@code twincities.api.url}; inject it as {@code @Backend}. */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/partner-systems")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface PartnerSystemsClient {

    @GET
    Page<PartnerSystem> list(
            @QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("sort") String sort);

    @GET
    @Path("/{id}")
    PartnerSystem get(@PathParam("id") String id);

    /** Issues credentials: the answer holds the client secret, this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    PartnerSystem create(PartnerSystem value);

    /** A new secret, in this answer only; the old one stops working. */
    @POST
    @Path("/{id}/rotate-secret")
    PartnerSystem rotateSecret(@PathParam("id") String id);

    /** Revokes its access. */
    @DELETE
    @Path("/{id}")
    void revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);
}
