package network.twincities.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
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
import java.util.logging.Logger;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo network on start-up when enabled: whatever of it is missing is added, what exists is
 * left as it is (an administrator may have edited it). Replicas starting together take turns through
 * a database lock.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
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

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242001)").getSingleResult();
        var network = read();
        int added = 0;
        for (var value : network.getJsonArray("territories")) {
            if (addTerritory(value.asJsonObject())) {
                added++;
            }
        }
        int total = added;
        LOG.info(() -> "Demo network: " + total + " territories added");
    }

    private boolean addTerritory(JsonObject json) {
        String slug = json.getString("slug");
        if (territories.findBySlug(slug).isPresent()) {
            return false;
        }
        var name = json.getJsonObject("name");
        var territory = new Territory(
                slug,
                TerritoryKind.valueOf(json.getString("kind")),
                new LocalizedText(name.getString("en"), name.getString("fr", null), name.getString("ar", null)),
                LOADER);
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
        return true;
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
