package network.twincities.notification.boundary;

import java.time.Instant;
import network.twincities.notification.entity.Notification;
import network.twincities.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as the API shows it to one caller. */
@Schema(name = "Notification", description = "Something the caller is told of, in English, French and Arabic")
public record NotificationRepresentation(
        @Schema(example = "6a1f0c55-2b1e-4f0e-9a59-0d6f3b1c2d7e")
        String id,

        Instant at,

        @Schema(
                description = "What happened: mou.submitted, mou.approved, mou.changes-requested, mou.rejected,"
                        + " mou.signed, mou.terminated, mou.expired, mou.expiring-60, mou.expiring-30",
                example = "mou.submitted")
        String kind,

        @Schema(description = "The resource it is about, as in the paths", example = "mous")
        String resource,

        @Schema(description = "The id (or slug) of that resource")
        String resourceId,

        Text text,

        @Schema(description = "Whether the caller has marked it read")
        boolean read) {

    static NotificationRepresentation of(Notification notification, boolean read) {
        return new NotificationRepresentation(
                notification.uuid().toString(),
                notification.at(),
                notification.kind(),
                notification.resource(),
                notification.resourceId(),
                Text.of(notification.text()),
                read);
    }
}
