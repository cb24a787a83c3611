package network.twincities.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import network.twincities.event.control.EventRepository;
import network.twincities.event.entity.Event;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Writable;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;

/** What is the events' own in a write: their fields, the city and organizer they name, their representation. */
@ApplicationScoped
public class Events implements Writable<Event, Events.Fields, EventRepresentation> {

    @Inject
    EventRepository events;

    @Inject
    TerritoryRepository territories;

    @Inject
    OrganizationRepository organizations;

    /** The editable fields of an event, the city and organizer resolved. */
    public record Fields(
            LocalizedText name,
            LocalizedText theme,
            Territory city,
            Organization organizer,
            LocalDate from,
            LocalDate to) {}

    @Override
    public ResourceName resource() {
        return ResourceName.EVENTS;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_REGISTRY;
    }

    @Override
    public Optional<Event> find(String slug) {
        return events.findBySlug(slug);
    }

    @Override
    public EventRepresentation represent(Event event) {
        return EventRepresentation.of(event);
    }

    @Override
    public Fields read(Input in, Event current) {
        var name = in.text("name", true, true, Input.NAME_MAX);
        var theme = in.text("theme", false, false, Input.SUMMARY_MAX);
        String citySlug = in.slug("city", true);
        Territory city =
                citySlug == null ? null : territories.findBySlug(citySlug).orElse(null);
        if (citySlug != null && city == null) {
            in.reject("city", "no territory '" + citySlug + "'");
        }
        String organizerSlug = in.slug("organizer", false);
        Organization organizer = organizerSlug == null
                ? null
                : organizations.findBySlug(organizerSlug).orElse(null);
        if (organizerSlug != null && organizer == null) {
            in.reject("organizer", "no organization '" + organizerSlug + "'");
        }
        // that it ends no earlier than it starts is the event's own rule (Event.edit)
        return new Fields(name, theme, city, organizer, in.date("from", true), in.date("to", true));
    }

    @Override
    public Event create(String slug, Fields fields, String actor) {
        var event = new Event(slug, fields.name(), actor);
        update(event, fields);
        return event;
    }

    @Override
    public void update(Event event, Fields fields) {
        event.edit(fields.name(), fields.theme(), fields.city(), fields.organizer(), fields.from(), fields.to());
    }
}
