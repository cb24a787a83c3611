package network.twincities.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.organization.OrganizationView;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.Writes;
import network.twincities.ui.territory.TerritoryView;

/** An event: where and when, its theme and organizer; administrators edit and delete it here. */
@Route(value = "events/:slug", layout = MainLayout.class)
public class EventView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final EventsClient events;
    private final EventChoices choices;
    private final boolean admin;
    private final Button edit = RegistryHeader.editButton("event-edit");
    private final Button delete = RegistryHeader.deleteButton("event-delete");
    private final RegistryHeader header = new RegistryHeader(edit, delete);
    private final RouterLink back = new RouterLink("", EventsView.class);
    private final DetailList details = new DetailList();
    private final EventForm form = new EventForm();
    private final EditorDialog<Event> editor;
    private String slug;
    private Event event;

    @Inject
    public EventView(@Backend EventsClient events, EventChoices choices, CurrentUser currentUser) {
        this.events = events;
        this.choices = choices;
        this.admin = currentUser.profile().isForumAdmin();
        setId("event-view");
        header.title().setId("event-title");
        edit.setVisible(false);
        delete.setVisible(false);
        editor = EditorDialog.of(
                "event-editor",
                form,
                EventsView.operations(events),
                value -> getTranslation("event.edit", value == null ? "" : name(value)));
        editor.onSaved(saved -> load());
        edit.addClickListener(click -> {
            load();
            if (event == null) {
                return;
            }
            try {
                form.setChoices(choices.cities(getLocale()), choices.organizers(getLocale()));
            } catch (RuntimeException failure) {
                Notifications.error(BackendErrors.message(failure, this::getTranslation));
                return;
            }
            editor.open(event);
        });
        delete.addClickListener(click -> {
            Event current = event;
            Writes.confirmAndDelete(
                    this,
                    name(current),
                    () -> events.delete(current.slug(), Paging.ifMatch(current.version())),
                    EventsView.class);
        });
        add(back, header, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent beforeEnter) {
        slug = beforeEnter.getRouteParameters().get("slug").orElse("");
        load();
    }

    private void load() {
        try {
            event = events.get(slug);
        } catch (RuntimeException failure) {
            event = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        back.setText("← " + getTranslation("events.title"));
        edit.setVisible(admin && event != null);
        delete.setVisible(admin && event != null);
        if (event == null) {
            header.setTitle(slug);
            return;
        }
        header.setTitle(name(event));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        details.addNames(event.name(), this::getTranslation);
        details.add("slug", getTranslation("field.slug"), event.slug());
        details.add("city", getTranslation("event.city"), link(event.city(), TerritoryView.class));
        details.add("dates", getTranslation("event.dates"), EventDates.format(event.from(), event.to(), getLocale()));
        details.add(
                "theme",
                getTranslation("event.theme"),
                event.theme() == null ? "" : event.theme().in(getLocale()));
        details.add("organizer", getTranslation("event.organizer"), link(event.organizer(), OrganizationView.class));
    }

    private static Component link(String slug, Class<? extends Component> view) {
        if (slug == null) {
            return new Span("—");
        }
        return new RouterLink(slug, view, new RouteParameters("slug", slug));
    }

    private String name(Event value) {
        return Registry.name(value.name(), value.slug(), getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent localeChange) {
        edit.setText(getTranslation("action.edit"));
        delete.setText(getTranslation("action.delete"));
        if (slug != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.title") : name(event)) + " · " + getTranslation("app.title");
    }
}
