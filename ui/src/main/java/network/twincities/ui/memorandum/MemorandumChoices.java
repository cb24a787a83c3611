package network.twincities.ui.memorandum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.axis.AxesClient;
import network.twincities.ui.axis.Axis;
import network.twincities.ui.event.Event;
import network.twincities.ui.event.EventsClient;
import network.twincities.ui.organization.Organization;
import network.twincities.ui.organization.OrganizationsClient;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.territory.TerritoriesClient;
import network.twincities.ui.territory.Territory;

/** What an MoU refers to, by slug and name in the user's language: parties, axes, the event. */
@ApplicationScoped
public class MemorandumChoices {

    private static final int MAX = 2000;

    @Inject
    @Backend
    TerritoriesClient territories;

    @Inject
    @Backend
    OrganizationsClient organizations;

    @Inject
    @Backend
    AxesClient axes;

    @Inject
    @Backend
    EventsClient events;

    public Map<String, String> territories(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Territory territory : Paging.all((page, size) -> territories.list(page, size, "name,asc", null), MAX)) {
            names.put(territory.slug(), Registry.name(territory.name(), territory.slug(), locale));
        }
        return names;
    }

    public Map<String, String> organizations(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Organization organization :
                Paging.all((page, size) -> organizations.list(page, size, "name,asc", null, null, null), MAX)) {
            names.put(organization.slug(), Registry.name(organization.name(), organization.slug(), locale));
        }
        return names;
    }

    public Map<String, String> axes(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Axis axis : Paging.all((page, size) -> axes.list(page, size, "name,asc", null, null), MAX)) {
            names.put(axis.slug(), Registry.name(axis.name(), axis.slug(), locale));
        }
        return names;
    }

    public Map<String, String> events(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Event event : Paging.all((page, size) -> events.list(page, size, "name,asc", null, null), MAX)) {
            names.put(event.slug(), Registry.name(event.name(), event.slug(), locale));
        }
        return names;
    }

    /** Everything the form offers, read once when it opens. */
    public MemorandumForm.Choices all(Locale locale) {
        return new MemorandumForm.Choices(territories(locale), organizations(locale), axes(locale), events(locale));
    }
}
