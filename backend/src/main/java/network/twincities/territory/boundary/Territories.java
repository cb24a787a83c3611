package network.twincities.territory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Writable;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;

/**
 * What is the territories' own in a write: their fields, the parent they hang under (an unknown one is
 * invalid, so is a move below a descendant, checked against committed data under a lock so that two
 * concurrent moves cannot make a cycle), and their representation.
 */
@ApplicationScoped
public class Territories implements Writable<Territory, Territories.Fields, TerritoryRepresentation> {

    @Inject
    TerritoryRepository territories;

    /** The editable fields of a territory, the parent resolved. */
    public record Fields(
            TerritoryKind kind,
            LocalizedText name,
            Territory parent,
            String country,
            String isoCode,
            Long population,
            Integer populationYear,
            Double latitude,
            Double longitude,
            Membership membership) {}

    @Override
    public ResourceName resource() {
        return ResourceName.TERRITORIES;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_REGISTRY;
    }

    @Override
    public Optional<Territory> find(String slug) {
        return territories.findBySlug(slug);
    }

    @Override
    public TerritoryRepresentation represent(Territory territory) {
        return TerritoryRepresentation.of(territory);
    }

    @Override
    public Fields read(Input in, Territory current) {
        var kind = in.enumValue("kind", TerritoryKind.class, true);
        var name = in.text("name", true, true, Input.NAME_MAX);
        var parent = parent(in, current);
        var country = in.country("country");
        var isoCode = in.string("isoCode", false, 16);
        var population = in.integer("population", 0, 10_000_000_000L, false);
        var year = in.integer("populationYear", 1000, 2200, false);
        if (year != null && population == null) {
            in.reject("populationYear", "needs a population");
        }
        Double latitude = null;
        Double longitude = null;
        var location = in.object("location", false);
        if (location != null) {
            latitude = location.decimal("lat", -90, 90, true);
            longitude = location.decimal("lon", -180, 180, true);
        }
        var membership = in.enumValue("membership", Membership.class, false);
        return new Fields(
                kind,
                name,
                parent,
                country,
                isoCode,
                population,
                year == null ? null : year.intValue(),
                latitude,
                longitude,
                membership);
    }

    private Territory parent(Input in, Territory current) {
        String slug = in.slug("parent", false);
        if (slug == null) {
            return null;
        }
        var parent = territories.findBySlug(slug).orElse(null);
        if (parent == null) {
            in.reject("parent", "no territory '" + slug + "'");
        } else if (current != null && parent != current.parent() && territories.wouldCycle(current, parent)) {
            in.reject("parent", "a territory cannot be placed below itself or one of its descendants");
        }
        return parent;
    }

    @Override
    public Territory create(String slug, Fields fields, String actor) {
        var territory = new Territory(slug, fields.kind(), fields.name(), actor);
        update(territory, fields);
        return territory;
    }

    @Override
    public void update(Territory territory, Fields fields) {
        territory.edit(fields.kind(), fields.name());
        territory.moveUnder(fields.parent());
        territory.describe(
                fields.country(), fields.isoCode(), fields.population(), fields.populationYear(), fields.membership());
        territory.locate(fields.latitude(), fields.longitude());
    }
}
