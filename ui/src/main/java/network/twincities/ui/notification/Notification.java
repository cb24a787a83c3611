package network.twincities.ui.notification;

import java.time.Instant;
import network.twincities.ui.platform.api.LocalizedText;

/**
 * A notification as the backend's {@code /notifications} shows it to the caller: what happened
 * ({@code kind}), to which resource, its text in three languages and whether the caller read it.
 */
public record Notification(
        String id, Instant at, String kind, String resource, String resourceId, LocalizedText text, boolean read) {

    /** Whether it is about an MoU the reader can open. */
    public boolean aboutMou() {
        return "mous".equals(resource) && resourceId != null && !resourceId.isBlank();
    }
}
