package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages at the top of the page: errors stay a while, successes go quickly. */
public final class Notifications {

    private Notifications() {}

    /** An error, with the ids the browser tests look for ({@code backend-error}). */
    public static void error(String message) {
        Span text = new Span(message);
        text.setId("backend-error-message");
        Notification notification = new Notification(text);
        notification.setId("backend-error");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10000);
        notification.open();
    }

    public static void success(String message) {
        Span text = new Span(message);
        text.setId("success-message");
        Notification notification = new Notification(text);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(3000);
        notification.open();
    }
}
