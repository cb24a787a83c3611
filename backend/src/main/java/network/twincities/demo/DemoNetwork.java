package network.twincities.demo;

import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import network.twincities.axis.boundary.Axes;
import network.twincities.event.boundary.Events;
import network.twincities.memorandum.boundary.Memoranda;
import network.twincities.memorandum.control.MemorandumRepository;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.organization.boundary.Organizations;
import network.twincities.platform.database.SchemaMigrated;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.persistence.Versioned;
import network.twincities.platform.write.Writable;
import network.twincities.platform.write.Writes;
import network.twincities.practice.boundary.Practices;
import network.twincities.practice.control.PracticeRepository;
import network.twincities.project.boundary.Projects;
import network.twincities.project.control.ProjectRepository;
import network.twincities.territory.boundary.Territories;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo network when enabled, once the schema is migrated (which may be a while after
 * deployment when the database was not there yet): whatever of it is missing is added through the API's
 * own write path (validated, audited as added by {@value #LOADER}), what exists is left as it is (an
 * administrator may have edited it).
 * Replicas starting together take turns through a database lock.
 */
@Singleton
public class DemoNetwork {

    static final String RESOURCE = "/demo/twin-cities-2024.json";
    static final String PROJECTS = "/demo/sample-projects.json";
    static final String LOADER = "system:demo-data";
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Whether to load the demo network; unset, it follows {@code twincities.demo}. */
    @Inject
    @ConfigProperty(name = "twincities.demo-data.enabled")
    Optional<Boolean> demoData;

    @Inject
    @ConfigProperty(name = "twincities.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Territories territories;

    @Inject
    Organizations organizations;

    @Inject
    Axes axes;

    @Inject
    Events events;

    @Inject
    Memoranda mous;

    @Inject
    MemorandumRepository memoranda;

    @Inject
    Practices practices;

    @Inject
    PracticeRepository practiceRepository;

    @Inject
    Projects projects;

    @Inject
    ProjectRepository projectRepository;

    int added;

    public void load(@Observes SchemaMigrated migrated) {
        if (!demoData.orElse(demo)) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242001)").getSingleResult();
        var network = read(RESOURCE);
        added = 0;
        network.getJsonArray("territories").forEach(t -> add(territories, territory(t.asJsonObject())));
        network.getJsonArray("organizations").forEach(o -> add(organizations, o.asJsonObject()));
        network.getJsonArray("axes").forEach(a -> add(axes, a.asJsonObject()));
        add(events, network.getJsonObject("event"));
        addMemorandum(memorandum(network.getJsonObject("mou")));
        network.getJsonArray("sampleMous").forEach(m -> addMemorandum(m.asJsonObject()));
        network.getJsonArray("bestPractices").forEach(p -> addPractice(p.asJsonObject()));
        addProjects(read(PROJECTS));
        LOG.info(() -> "Demo network: " + added + " entries added");
    }

    /** Adds an entry through the API's write path (its checks, its audit) unless it exists already. */
    private <E extends Versioned, F, R extends ReadOnly> void add(Writable<E, F, R> kind, JsonObject entry) {
        if (kind.find(entry.getString("slug")).isEmpty()) {
            writes.createAs(LOADER, kind, entry);
            added++;
        }
    }

    /**
     * Adds an MoU unless one with its reference exists: drafted, then taken through the workflow up to its
     * {@code status} (submitted, approved, signed by each of its {@code signatures}), each step through the
     * API's write path and in its history.
     */
    private void addMemorandum(JsonObject json) {
        if (memoranda.findByReference(json.getString("reference")).isPresent()) {
            return;
        }
        var body = JSON.createObjectBuilder(json)
                .remove("status")
                .remove("signatures")
                .build();
        String id = writes.createAs(LOADER, mous, body).resourceId();
        var status = MemorandumStatus.valueOf(json.getString("status"));
        if (status != MemorandumStatus.DRAFT) {
            writes.actAs(LOADER, mous, id, mous.submit());
        }
        if (status == MemorandumStatus.APPROVED || status == MemorandumStatus.SIGNED) {
            writes.actAs(LOADER, mous, id, mous.approve(null));
        }
        if (status == MemorandumStatus.SIGNED) {
            for (var signature : json.getJsonArray("signatures")) {
                var bytes = signature.toString().getBytes(StandardCharsets.UTF_8);
                writes.actAs(LOADER, mous, id, mous.sign(new ByteArrayInputStream(bytes)));
            }
        }
        added++;
    }

    /** Adds a best practice unless its territory has one with its English title. */
    private void addPractice(JsonObject json) {
        String title = json.getJsonObject("title").getString("en");
        if (practiceRepository
                .findByEnglishTitle(json.getString("territory"), title)
                .isEmpty()) {
            writes.createAs(LOADER, practices, json);
            added++;
        }
    }

    /**
     * Adds the sample projects that the network never had (by lead territory and externalId: one deleted
     * since stays deleted), each under the MoU the file names, then posts its progress updates, all
     * through the API's write path.
     */
    private void addProjects(JsonObject samples) {
        var mou = memoranda.findByReference(samples.getString("mou"));
        for (var each : samples.getJsonArray("projects")) {
            var json = each.asJsonObject();
            if (mou.isEmpty()
                    || projectRepository.everHad(json.getString("leadTerritory"), json.getString("externalId"))) {
                continue;
            }
            var body = JSON.createObjectBuilder(json)
                    .add("mou", mou.get().resourceId())
                    .remove("updates")
                    .build();
            String id = writes.createAs(LOADER, projects, body).resourceId();
            for (var update : json.getJsonArray("updates")) {
                var bytes = update.toString().getBytes(StandardCharsets.UTF_8);
                writes.actAs(LOADER, projects, id, projects.report(new ByteArrayInputStream(bytes)));
            }
            added++;
        }
    }

    /**
     * The MoU of the demo data as the API takes it: the summary in English, in effect from the day it was
     * signed; the delegation is background only.
     */
    static JsonObject memorandum(JsonObject json) {
        return JSON.createObjectBuilder(json)
                .add("summary", JSON.createObjectBuilder().add("en", json.getString("summary")))
                .add("effectiveFrom", json.getString("signedAt"))
                .remove("signedAt")
                .remove("delegation")
                .build();
    }

    /** A territory of the demo data as the API takes it: the population census as populationYear. */
    static JsonObject territory(JsonObject json) {
        var population = json.getJsonObject("population");
        if (population == null) {
            return json;
        }
        return JSON.createObjectBuilder(json)
                .add("population", population.get("value"))
                .add("populationYear", population.get("census"))
                .build();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(resource);
                var reader = JSON.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
