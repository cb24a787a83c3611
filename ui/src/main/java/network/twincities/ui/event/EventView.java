package network.twincities.ui.event;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.Names;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;

/** An event: where and when, its theme and organizer; administrators edit and delete it here. */
@Route(value = "events/:slug", layout = MainLayout.class)
public class EventView extends DetailRoute<Event> {

    private static final long serialVersionUID = 1L;

    private final Names names;

    @Inject
    public EventView(@Backend EventsClient events, EventChoices choices, Names names, CurrentUser currentUser) {
        this.names = names;
        EventForm form = new EventForm();
        show(DetailPage.builder(EventsView.NAMES, EventsView.class, events::get)
                .admin(currentUser.profile().isForumAdmin())
                .rows(this::rows)
                .editor(form, EditorDialog.Operations.of(events::create, events::update, events::get))
                .beforeEdit(event -> form.setChoices(choices.cities(getLocale()), choices.organizers(getLocale())))
                .delete(events::delete)
                .build());
    }

    private void rows(Event event, DetailList details) {
        details.addNames(event.name(), this::getTranslation);
        details.add("slug", getTranslation("field.slug"), event.slug());
        details.add("city", getTranslation("event.city"), names.territories().link(event.city(), getLocale()));
        details.add("dates", getTranslation("event.dates"), EventDates.format(event.from(), event.to(), getLocale()));
        details.add(
                "theme",
                getTranslation("event.theme"),
                event.theme() == null ? "" : event.theme().in(getLocale()));
        details.add(
                "organizer",
                getTranslation("event.organizer"),
                names.organizations().link(event.organizer(), getLocale()));
    }
}
