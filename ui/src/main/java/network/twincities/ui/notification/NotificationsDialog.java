package network.twincities.ui.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import network.twincities.ui.memorandum.MemorandumView;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.ui.Notifications;

/**
 * The user's notifications, newest first: when, the text in the reader's language (a link to the MoU
 * it is about) and, for an unread one, a button that marks it read. Unread ones stand out by a bar,
 * a tint, bold text and the word "Unread", not by colour alone.
 */
class NotificationsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** How many of the newest are listed. */
    static final int SHOWN = 50;

    /** The bar, label, link and button of an unread one: dark blue (white on it, and it on the tint, over 8:1). */
    static final String UNREAD_MARK = "#1e3a8a";

    private final transient NotificationsClient notifications;
    private final Runnable changed;
    private final UnorderedList list = new UnorderedList();

    /**
     * @param changed runs after one is marked read (the bell counts again)
     */
    NotificationsDialog(NotificationsClient notifications, Runnable changed) {
        this.notifications = notifications;
        this.changed = changed;
        setId("notifications-dialog");
        setHeaderTitle(getTranslation("notifications.title"));
        setWidth("min(40rem, 96vw)");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
        close.setId("notifications-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("notifications.close"));
        close.setTooltipText(getTranslation("notifications.close"));
        getHeader().add(close);
        list.setId("notifications-list");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        add(list);
        load();
    }

    private void load() {
        removeAll();
        list.removeAll();
        Page<Notification> page;
        try {
            page = notifications.list(null, 0, SHOWN);
        } catch (RuntimeException failure) {
            Paragraph error = new Paragraph(BackendErrors.message(failure, this::getTranslation));
            error.setId("notifications-error");
            add(error);
            return;
        }
        if (page.items().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notifications.none"));
            none.setId("notifications-none");
            add(none);
            return;
        }
        page.items().forEach(notification -> list.add(item(notification)));
        add(list);
        if (page.total() > page.items().size()) {
            Paragraph more = new Paragraph(
                    getTranslation("notifications.newest", page.items().size(), page.total()));
            more.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(more);
        }
    }

    private ListItem item(Notification notification) {
        ListItem item = new ListItem();
        item.setId("notification-" + notification.id());
        item.addClassName("notification");
        item.getElement().setAttribute("data-read", String.valueOf(notification.read()));
        item.getElement().setAttribute("data-resource-id", String.valueOf(notification.resourceId()));
        item.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("border-inline-start", "4px solid transparent");

        Span when = new Span(Formats.dateTime(notification.at(), getLocale()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div head = new Div(when);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");

        String text = notification.text() == null
                ? notification.kind()
                : notification.text().in(getLocale());
        Component body = notification.aboutMou()
                ? new RouterLink(text, MemorandumView.class, new RouteParameters("slug", notification.resourceId()))
                : new Span(text);
        if (body instanceof RouterLink link) {
            link.addClassName("notification-link");
            link.getElement().addEventListener("click", event -> close());
        }
        Div content = new Div(body);
        content.addClassName("notification-text");
        item.add(head, content);

        if (notification.read()) {
            content.getStyle().set("font-weight", "normal");
        } else {
            item.getStyle()
                    .set("background", "var(--lumo-primary-color-10pct)")
                    .set("border-inline-start-color", UNREAD_MARK);
            content.getStyle().set("font-weight", "600");
            // the link's and the button's usual blue falls short of 4.5:1 on the tint: dark blue instead
            if (body instanceof RouterLink link) {
                link.getStyle().set("color", UNREAD_MARK);
            }
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.addClassName("notification-unread");
            unread.getStyle()
                    .set("font-size", "var(--lumo-font-size-xs)")
                    .set("font-weight", "700")
                    .set("color", "#ffffff")
                    .set("background", UNREAD_MARK)
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("padding", "0 var(--lumo-space-xs)");
            head.add(unread);
            Button read = new Button(getTranslation("notifications.markRead"), click -> markRead(notification, item));
            read.addClassName("notification-mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.getStyle().set("color", UNREAD_MARK);
            read.setAriaLabel(getTranslation("notifications.markRead.label", text));
            item.add(read);
        }
        return item;
    }

    /** Marks it read and shows it so in place; the focus goes to its text, where the button was. */
    private void markRead(Notification notification, ListItem shown) {
        Notification read;
        try {
            read = notifications.read(notification.id());
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return;
        }
        ListItem replacement = item(read);
        list.getElement().insertChild(list.getElement().indexOfChild(shown.getElement()), replacement.getElement());
        list.remove(shown);
        replacement.getElement().executeJs("const link = this.querySelector('a'); if (link) link.focus();");
        changed.run();
    }
}
