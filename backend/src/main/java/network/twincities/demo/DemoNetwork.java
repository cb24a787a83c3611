package network.twincities.demo;

import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import network.twincities.audit.control.AuditLog;
import network.twincities.audit.control.Changes;
import network.twincities.audit.entity.AuditAction;
import network.twincities.axis.boundary.AxisRepresentation;
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.event.boundary.EventRepresentation;
import network.twincities.event.control.EventRepository;
import network.twincities.event.entity.Event;
import network.twincities.organization.boundary.OrganizationRepresentation;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.database.SchemaMigrated;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.boundary.TerritoryRepresentation;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo network on start-up when enabled, once the schema is migrated (which may be a while
 * after deployment when the database was not there yet): whatever of it is missing is added (and audited as
 * added by {@value #LOADER}), what exists is left as it is (an administrator may have edited it).
 * Replicas starting together take turns through a database lock.
 */
@Singleton
public class DemoNetwork {

    static final String RESOURCE = "/demo/twin-cities-2024.json";
    static final String LOADER = "system:demo-data";
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @Inject
    @ConfigProperty(name = "twincities.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    TerritoryRepository territories;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AxisRepository axes;

    @Inject
    EventRepository events;

    @Inject
    AuditLog audit;

    int added;

    public void load(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242001)").getSingleResult();
        var network = read();
        added = 0;
        network.getJsonArray("territories").forEach(t -> addTerritory(t.asJsonObject()));
        network.getJsonArray("organizations").forEach(o -> addOrganization(o.asJsonObject()));
        network.getJsonArray("axes").forEach(a -> addAxis(a.asJsonObject()));
        addEvent(network.getJsonObject("event"));
        LOG.info(() -> "Demo network: " + added + " entries added");
    }

    private void addTerritory(JsonObject json) {
        String slug = json.getString("slug");
        if (territories.findBySlug(slug).isPresent()) {
            return;
        }
        var territory = new Territory(slug, TerritoryKind.valueOf(json.getString("kind")), text(json, "name"), LOADER);
        if (json.containsKey("parent")) {
            territory.moveUnder(territories
                    .findBySlug(json.getString("parent"))
                    .orElseThrow(() -> new IllegalStateException("Demo data: parent of " + slug + " comes later")));
        }
        var population = json.getJsonObject("population");
        territory.describe(
                json.getString("country", null),
                json.getString("isoCode", null),
                population == null ? null : population.getJsonNumber("value").longValue(),
                population == null ? null : population.getInt("census"),
                json.containsKey("membership") ? Membership.valueOf(json.getString("membership")) : null);
        var location = json.getJsonObject("location");
        if (location != null) {
            territory.locate(number(location, "lat"), number(location, "lon"));
        }
        em.persist(territory);
        em.flush();
        added("territories", slug, TerritoryRepresentation.of(territory));
    }

    private void addOrganization(JsonObject json) {
        String slug = json.getString("slug");
        if (organizations.findBySlug(slug).isPresent()) {
            return;
        }
        var kind = OrganizationKind.valueOf(json.getString("kind"));
        var organization = new Organization(slug, kind, text(json, "name"), LOADER);
        organization.edit(kind, text(json, "name"), null, null);
        organizations.add(organization);
        added("organizations", slug, OrganizationRepresentation.of(organization));
    }

    private void addAxis(JsonObject json) {
        String slug = json.getString("slug");
        if (axes.findBySlug(slug).isPresent()) {
            return;
        }
        var axis = new Axis(slug, text(json, "name"), LOADER);
        List<Integer> sdgs = json.getJsonArray("sdgs").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue)
                .toList();
        axis.edit(text(json, "name"), null, sdgs);
        axes.add(axis);
        added("axes", slug, AxisRepresentation.of(axis));
    }

    private void addEvent(JsonObject json) {
        String slug = json.getString("slug");
        if (events.findBySlug(slug).isPresent()) {
            return;
        }
        var event = new Event(slug, text(json, "name"), LOADER);
        event.edit(
                text(json, "name"),
                text(json, "theme"),
                territories.findBySlug(json.getString("city")).orElseThrow(),
                organizations.findBySlug(json.getString("organizer")).orElse(null),
                LocalDate.parse(json.getString("from")),
                LocalDate.parse(json.getString("to")));
        events.add(event);
        added("events", slug, EventRepresentation.of(event));
    }

    private void added(String resource, String slug, Object representation) {
        audit.record(
                LOADER, resource, slug, AuditAction.CREATE, Changes.between(null, AuditLog.snapshot(representation)));
        added++;
    }

    private static LocalizedText text(JsonObject json, String field) {
        var text = json.getJsonObject(field);
        if (text == null) {
            return null;
        }
        return new LocalizedText(text.getString("en", null), text.getString("fr", null), text.getString("ar", null));
    }

    private static Double number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static JsonObject read() {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(RESOURCE);
                var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
