package network.twincities.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import network.twincities.platform.json.Input;
import network.twincities.platform.problem.Problem.FieldError;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;

/**
 * Creates, edits and deletes territories: resolves the parent (an unknown one or a cycle is invalid
 * content), refuses duplicates and deleting what is still referenced (conflicts).
 */
@ApplicationScoped
public class TerritoryRegistry {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    TerritoryRepository territories;

    /** The editable fields of a territory, as read from a request body. */
    public record Fields(
            TerritoryKind kind,
            LocalizedText name,
            String parent,
            String country,
            String isoCode,
            Long population,
            Integer populationYear,
            Double latitude,
            Double longitude,
            Membership membership) {

        /** Reads and checks the fields of a POST or PUT body; problems are collected in {@code in}. */
        public static Fields read(Input in) {
            var kind = in.enumValue("kind", TerritoryKind.class, true);
            var name = in.text("name", true, true, Input.NAME_MAX);
            var parent = in.slug("parent", false);
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
    }

    public Territory create(String slug, Fields fields, String actor) {
        var territory = new Territory(slug, fields.kind(), fields.name(), actor);
        apply(territory, fields, parent(fields));
        if (territories.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("A territory '" + slug + "' exists already.");
        }
        em.persist(territory);
        em.flush();
        return territory;
    }

    public Territory update(Territory territory, Fields fields, String actor) {
        // look up first: a query flushes pending changes, which would count as a version of their own
        var parent = parent(fields);
        territory.edit(fields.kind(), fields.name());
        apply(territory, fields, parent);
        territory.touch(actor);
        em.flush();
        return territory;
    }

    public void delete(Territory territory) {
        var references = new ArrayList<String>();
        long children = em.createQuery("SELECT COUNT(t) FROM Territory t WHERE t.parent = :t", Long.class)
                .setParameter("t", territory)
                .getSingleResult();
        if (children > 0) {
            references.add(children + " territor" + (children == 1 ? "y" : "ies") + " below it");
        }
        long events = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM event WHERE city_id = ?1")
                        .setParameter(1, territory.id())
                        .getSingleResult())
                .longValue();
        if (events > 0) {
            references.add(events + " event" + (events == 1 ? "" : "s"));
        }
        if (!references.isEmpty()) {
            throw ProblemException.conflict("Territory '" + territory.slug() + "' is still referenced by "
                    + String.join(" and ", references) + ".");
        }
        em.remove(territory);
        em.flush();
    }

    private Territory parent(Fields fields) {
        if (fields.parent() == null) {
            return null;
        }
        return territories
                .findBySlug(fields.parent())
                .orElseThrow(() -> ProblemException.invalid(
                        List.of(new FieldError("parent", "no territory '" + fields.parent() + "'"))));
    }

    private void apply(Territory territory, Fields fields, Territory parent) {
        try {
            territory.moveUnder(parent);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldError("parent", e.getMessage())));
        }
        territory.describe(
                fields.country(), fields.isoCode(), fields.population(), fields.populationYear(), fields.membership());
        territory.locate(fields.latitude(), fields.longitude());
    }
}
