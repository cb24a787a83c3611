package network.twincities.ui.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.organization.Organization;
import network.twincities.ui.organization.OrganizationsClient;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.territory.TerritoriesClient;
import network.twincities.ui.territory.Territory;

/** What an event refers to: the territories (host city) and organizations (organizer), by slug and name. */
@ApplicationScoped
public class EventChoices {

    @Inject
    @Backend
    TerritoriesClient territories;

    @Inject
    @Backend
    OrganizationsClient organizations;

    public Map<String, String> cities(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Territory territory : Paging.all((page, size) -> territories.list(page, size, "name,asc", null), 2000)) {
            names.put(territory.slug(), Registry.name(territory.name(), territory.slug(), locale));
        }
        return names;
    }

    public Map<String, String> organizers(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Organization organization :
                Paging.all((page, size) -> organizations.list(page, size, "name,asc", null, null, null), 2000)) {
            names.put(organization.slug(), Registry.name(organization.name(), organization.slug(), locale));
        }
        return names;
    }
}
