package network.twincities.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.ui.platform.i18n.Formats;

/**
 * The bell in the main layout: the number of the user's unread notifications as a badge, and their
 * list on a click. The button's accessible name says the count in words ("3 unread notifications");
 * the badge is for the eye only. {@link #refresh()} reads the count again (the layout does on each
 * navigation).
 */
public class NotificationBell extends Button {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

    /** Unknown: the backend could not tell. */
    static final long UNKNOWN = -1;

    private final transient NotificationsClient notifications;
    private final Span badge = new Span();
    private long unread = UNKNOWN;

    public NotificationBell(NotificationsClient notifications) {
        this.notifications = notifications;
        setId("notifications-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notifications-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        // white on dark red: 7.7:1
        badge.getStyle()
                .set("background", "#a4161a")
                .set("color", "#ffffff")
                .set("border-radius", "999px")
                .set("min-width", "1.4em")
                .set("padding", "0 0.35em")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "700")
                .set("line-height", "1.4em")
                .set("text-align", "center");
        setSuffixComponent(badge);
        addClickListener(click -> new NotificationsDialog(notifications, this::refresh).open());
        show();
    }

    /** Reads the unread count again; a backend that does not answer leaves it unknown. */
    public void refresh() {
        try {
            unread = notifications.list(true, 0, 1).total();
        } catch (RuntimeException failure) {
            unread = UNKNOWN;
            LOG.log(Level.FINE, "the unread notifications could not be counted", failure);
        }
        show();
    }

    /** Relabels the bell in the UI's language. */
    public void relabel() {
        show();
    }

    private void show() {
        // the count as the label says it (Western digits in every language), so the visible text is in the name
        String count = unread > 99 ? "99+" : Formats.integer(unread, getLocale());
        badge.setText(count);
        badge.setVisible(unread > 0);
        getElement().setAttribute("data-unread", String.valueOf(unread));
        String label = unread == UNKNOWN
                ? getTranslation("notifications.title")
                : unread == 0
                        ? getTranslation("notifications.unread.none")
                        : unread == 1
                                ? getTranslation("notifications.unread.one")
                                : getTranslation("notifications.unread.many", count);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
