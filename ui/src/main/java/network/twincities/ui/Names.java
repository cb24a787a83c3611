package network.twincities.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import network.twincities.ui.axis.AxesClient;
import network.twincities.ui.axis.Axis;
import network.twincities.ui.axis.AxisView;
import network.twincities.ui.event.Event;
import network.twincities.ui.event.EventView;
import network.twincities.ui.event.EventsClient;
import network.twincities.ui.organization.Organization;
import network.twincities.ui.organization.OrganizationView;
import network.twincities.ui.organization.OrganizationsClient;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.ui.NameIndex;
import network.twincities.ui.territory.TerritoriesClient;
import network.twincities.ui.territory.Territory;
import network.twincities.ui.territory.TerritoryView;

/**
 * The names of what a view refers to, one {@link NameIndex} per kind: each read with one list call when
 * first needed and kept as long as the view that injects this (a dependent bean lives with it).
 */
@Dependent
public class Names implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The network is small: one page of the API holds it; this caps what is read. */
    static final int MAX = 2000;

    private final NameIndex<Territory> territories;
    private final NameIndex<Organization> organizations;
    private final NameIndex<Axis> axes;
    private final NameIndex<Event> events;

    @Inject
    public Names(
            @Backend TerritoriesClient territories,
            @Backend OrganizationsClient organizations,
            @Backend AxesClient axes,
            @Backend EventsClient events) {
        this.territories = new NameIndex<Territory>(
                () -> Paging.all((page, size) -> territories.list(page, size, "name,asc", null), MAX),
                TerritoryView.class);
        this.organizations = new NameIndex<Organization>(
                () -> Paging.all((page, size) -> organizations.list(page, size, "name,asc", null, null, null), MAX),
                OrganizationView.class);
        this.axes = new NameIndex<Axis>(
                () -> Paging.all((page, size) -> axes.list(page, size, "name,asc", null, null), MAX), AxisView.class);
        this.events = new NameIndex<Event>(
                () -> Paging.all((page, size) -> events.list(page, size, "name,asc", null, null), MAX),
                EventView.class);
    }

    public NameIndex<Territory> territories() {
        return territories;
    }

    public NameIndex<Organization> organizations() {
        return organizations;
    }

    public NameIndex<Axis> axes() {
        return axes;
    }

    public NameIndex<Event> events() {
        return events;
    }

    /** Reads every kind again when next asked (after a write). */
    public void forget() {
        territories.forget();
        organizations.forget();
        axes.forget();
        events.forget();
    }
}
