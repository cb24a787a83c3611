package network.twincities.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import network.twincities.notification.control.Notifications;
import network.twincities.notification.entity.Audience;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.NOTIFICATIONS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What the caller is told of: the steps of its MoUs, their expiry")
public class NotificationsResource {

    static final Map<String, String> SORTABLE = Map.of("at", "id");

    @Inject
    Notifications notifications;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "The caller's notifications",
            description = "Any authenticated caller: those addressed to its login, its roles and its territory,"
                    + " newest first unless sort=at,asc; ?unread=true for the unread ones.")
    @APIResponse(
            responseCode = "200",
            description = "A page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NotificationPage")))
    public Page<NotificationRepresentation> list(
            @Parameter(description = "true: only the unread ones", example = "true") @QueryParam("unread")
                    String unread,
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "at,asc or at,desc (default)") @QueryParam("sort") String sort) {
        var request = PageRequest.parse(page, size, sort == null ? "at,desc" : sort, SORTABLE, "at");
        boolean unreadOnly = flag("unread", unread);
        var found = notifications.search(audiences(), caller.name(), unreadOnly, request);
        var read = notifications.readBy(caller.name(), found.items());
        return found.map(n -> NotificationRepresentation.of(n, read.contains(n.id())));
    }

    @POST
    @Path("{id}/read")
    @Operation(
            operationId = "readNotification",
            summary = "Mark a notification read",
            description = "Any authenticated caller, for a notification addressed to it (another's: 404). Marking"
                    + " it read again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Notification")))
    public NotificationRepresentation read(@PathParam("id") String id) {
        var notification = notifications
                .find(id, audiences())
                .orElseThrow(() -> ProblemException.notFound(ResourceName.NOTIFICATIONS.notFound(id)));
        notifications.markRead(notification, caller.name());
        return NotificationRepresentation.of(notification, true);
    }

    private Set<Audience> audiences() {
        return Audience.of(caller.name(), caller.roles(), caller.territory());
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name + " must be true or false, was '" + value + "'.");
        };
    }
}
