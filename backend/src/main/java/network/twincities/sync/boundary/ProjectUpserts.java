package network.twincities.sync.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.json.Input;
import network.twincities.platform.problem.Problem.FieldError;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.write.Writes;
import network.twincities.project.boundary.Projects;
import network.twincities.project.control.ProjectRepository;
import network.twincities.project.entity.Project;
import network.twincities.sync.control.IdempotencyKeys;
import network.twincities.sync.control.IdempotencyKeys.Answer;
import network.twincities.territory.control.TerritoryRepository;

/**
 * A bulk upsert of projects ({@code POST /sync/projects}) in one transaction: each item, keyed by its
 * externalId within the caller's territory, goes through the projects' one write path ({@link
 * Writes#upsertAllAs}, a hundred items at a time), with its checks, audit entry and change event. Every bad item is named; if there is
 * one, nothing is written.
 */
@ApplicationScoped
public class ProjectUpserts {

    /** At most this many items a request. */
    public static final int MAX_ITEMS = 1000;

    /** A bulk body may be this large: 1000 projects with long descriptions. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The items whose stored projects are loaded (and let go of) together. */
    static final int CHUNK = 100;

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Looked up once: {@code Json.create…} looks the provider up again (a class path scan) at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Projects projects;

    @Inject
    ProjectRepository repository;

    @Inject
    TerritoryRepository territories;

    @Inject
    IdempotencyKeys keys;

    /**
     * Upserts the items for the caller, bound to {@code territory}.
     *
     * @param key the Idempotency-Key, or null
     * @param body the request body as it came, for the key's check
     * @param items the items, each a JSON object
     */
    @Transactional
    public Answer upsert(String actor, String territory, String key, byte[] body, List<JsonObject> items) {
        if (key != null) {
            var first = keys.claim(actor, key, IdempotencyKeys.hash(body));
            if (first.isPresent()) {
                return first.get();
            }
        }
        // each statement planned for the table as it is now: a plan cached while the table was small (a new
        // network's first bulk loads) would go on scanning it whole as it grows in this very transaction
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        var lead = territories
                .findBySlug(territory)
                .orElseThrow(() -> ProblemException.forbidden(
                        "Your territory '" + territory + "' is not in the network: it leads no projects."));
        var errors = new ArrayList<FieldError>();
        var seen = new HashMap<String, Integer>();
        var valid = new ArrayList<Keyed>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            int before = errors.size();
            String externalId = externalId(i, item, errors);
            if (externalId != null) {
                Integer earlier = seen.putIfAbsent(externalId, i);
                if (earlier != null) {
                    errors.add(new FieldError(i, "externalId", "repeats the externalId of item " + earlier));
                }
            }
            if (item.containsKey("leadTerritory")
                    && item.get("leadTerritory").getValueType() != JsonValue.ValueType.NULL
                    && !(item.get("leadTerritory") instanceof JsonString given
                            && given.getString().equals(territory))) {
                errors.add(
                        new FieldError(i, "leadTerritory", "must be your territory '" + territory + "' (or left out)"));
            }
            if (errors.size() == before) {
                valid.add(new Keyed(i, externalId));
            }
        }
        var results = new ArrayList<ProjectUpsertResults.Result>();
        for (int from = 0; from < valid.size(); from += CHUNK) {
            var chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            // let go of what the items before loaded, so that the flushes of the next ones look at their own
            // entities, not at every project of the request so far; then load their stored projects at once
            em.clear();
            Map<String, Project> loaded = repository.findByExternalIds(
                    lead, chunk.stream().map(Keyed::externalId).toList());
            var batch = new ArrayList<Writes.Item<Project>>();
            for (var keyed : chunk) {
                var led = JSON.createObjectBuilder(items.get(keyed.index()))
                        .add("leadTerritory", territory)
                        .build();
                batch.add(new Writes.Item<>(loaded.get(keyed.externalId()), led));
            }
            var outcomes = writes.upsertAllAs(actor, projects, batch);
            for (int k = 0; k < outcomes.size(); k++) {
                int i = chunk.get(k).index();
                var outcome = outcomes.get(k);
                if (outcome.refused() == null) {
                    results.add(new ProjectUpsertResults.Result(
                            chunk.get(k).externalId(),
                            outcome.done().entity().resourceId(),
                            outcome.done().result().name().toLowerCase(Locale.ROOT)));
                } else if (outcome.refused() instanceof ProblemException e) {
                    if (e.type() != ProblemType.VALIDATION) {
                        throw new ProblemException(e.type(), "Item " + i + ": " + e.getMessage(), e.errors());
                    }
                    for (var error : e.errors()) {
                        errors.add(new FieldError(i, error.field(), error.message()));
                    }
                } else if (outcome.refused() instanceof RuleViolation e) {
                    if (e.field() == null) {
                        throw ProblemException.conflict("Item " + i + ": " + e.getMessage());
                    }
                    errors.add(new FieldError(i, e.field(), e.getMessage()));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::index));
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    (errors.size() == 1 ? "1 invalid field" : errors.size() + " invalid fields")
                            + " in the items; nothing was written",
                    errors);
        }
        var answer = new Answer(200, JSONB.toJson(new ProjectUpsertResults(results)));
        if (key != null) {
            keys.answer(actor, key, answer);
        }
        return answer;
    }

    /** An item that passed the checks of its key: its index in the request and its externalId. */
    private record Keyed(int index, String externalId) {}

    /** The item's externalId (required: it keys the item), or null with its errors. */
    private static String externalId(int index, JsonObject item, List<FieldError> errors) {
        var in = Input.of(item);
        String id = in.string("externalId", true, Projects.EXTERNAL_ID_MAX);
        in.errors().forEach(error -> errors.add(new FieldError(index, error.field(), error.message())));
        return id;
    }
}
