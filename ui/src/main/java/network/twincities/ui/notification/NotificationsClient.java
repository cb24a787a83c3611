package network.twincities.ui.notification;

import jakarta.ws.rs.GET;
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

/**
 * The backend's {@code /notifications}, relative to {@code twincities.api.url}; inject it as
 * {@code @Backend} (the user's bearer token): each user reads and marks only their own.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/notifications")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface NotificationsClient {

    /** The newest first; {@code unread} true for the unread ones only, null for all. */
    @GET
    Page<Notification> list(
            @QueryParam("unread") Boolean unread, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/{id}/read")
    Notification read(@PathParam("id") String id);
}
