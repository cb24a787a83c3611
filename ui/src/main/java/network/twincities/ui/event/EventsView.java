package network.twincities.ui.event;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.Names;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.ResourceNames;

/** The network's events, most recent first; administrators add them. */
@Route(value = "events", layout = MainLayout.class)
public class EventsView extends ListRoute<Event> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("event", "events");

    @Inject
    public EventsView(@Backend EventsClient events, EventChoices choices, Names names, CurrentUser currentUser) {
        EventForm form = new EventForm();
        show(ListPage.<Event>builder(NAMES, EventView.class)
                .admin(currentUser.profile().isForumAdmin())
                .column("territories.column.name", event -> event.nameIn(getLocale()), column -> column.setFlexGrow(3))
                .componentColumn(
                        "event.city",
                        event -> names.territories().link(event.city(), getLocale()),
                        column -> column.setFlexGrow(2))
                .column(
                        "event.dates",
                        event -> EventDates.format(event.from(), event.to(), getLocale()),
                        column -> column.setFlexGrow(2))
                .items((query, number, size) -> events.list(number, size, query.sort(), query.q(), null))
                .editor(form, EditorDialog.Operations.of(events::create, events::update, events::get))
                .beforeCreate(() -> form.setChoices(choices.cities(getLocale()), choices.organizers(getLocale())))
                .build());
    }
}
