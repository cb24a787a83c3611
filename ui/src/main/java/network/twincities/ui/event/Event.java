package network.twincities.ui.event;

import java.time.LocalDate;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * An event of the network (where MoUs are signed) as the backend's {@code /events} resource
 * represents it: {@code city} is a territory's slug, {@code organizer} an organization's.
 */
public record Event(
        String slug,
        LocalizedText name,
        String city,
        LocalDate from,
        LocalDate to,
        LocalizedText theme,
        String organizer,
        Long version)
        implements RegistryItem<Event> {

    /** The body of a write: without version ({@code slug} only to create). */
    @Override
    public Event forWrite(boolean withSlug) {
        return new Event(withSlug ? slug : null, name, city, from, to, theme, organizer, null);
    }
}
