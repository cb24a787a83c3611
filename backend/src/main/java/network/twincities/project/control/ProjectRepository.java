package network.twincities.project.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.persistence.Search;
import network.twincities.project.entity.ProgressUpdate;
import network.twincities.project.entity.Project;
import network.twincities.project.entity.ProjectStatus;
import network.twincities.territory.entity.Territory;

/** Finds projects (never deleted ones) and their progress updates. */
@ApplicationScoped
public class ProjectRepository {

    /**
     * The ids of a lead territory's ({@code ?1}) projects that are not deleted, with the externalIds of a
     * JSON array ({@code ?2}): see {@link #findByExternalIds}.
     */
    static final String BY_EXTERNAL_IDS = "SELECT p.id"
            + " FROM (SELECT DISTINCT jsonb_array_elements_text(CAST(?2 AS jsonb))) AS k (external_id),"
            + " LATERAL (SELECT id, deleted_at FROM project"
            + " WHERE lead_territory_id = ?1 AND external_id = k.external_id OFFSET 0) AS p"
            + " WHERE p.deleted_at IS NULL";

    /** What the representation of a project reads besides its row: fetched for a whole page at once. */
    static final List<String> BATCHED =
            List.of("p.axes", "p.partnerTerritories", "p.partnerOrganizations", "p.milestones", "p.indicators");

    private static final String ABSENT = ProjectRepository.class.getName() + ".absent:";

    /** Looked up once: {@code Json.create…} looks the provider up again (a class path scan) at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The filters of the project list; null means "any".
     *
     * @param territory the lead or a partner territory
     * @param mou an MoU's id
     */
    public record Filter(
            String territory, String axis, ProjectStatus status, UUID mou, String externalId, String text) {}

    /** The project with this id (a UUID), unless deleted; empty for anything else. */
    public Optional<Project> find(String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> withRelations(em.createQuery(
                                        "SELECT p FROM Project p WHERE p.uuid = :uuid AND p.deletedAt IS NULL",
                                        Project.class)
                                .setParameter("uuid", uuid))
                        .getResultStream()
                        .findFirst());
    }

    /** The project of this lead territory with a partner system's id, unless deleted. */
    public Optional<Project> findByExternalId(Territory lead, String externalId) {
        if (lead != null
                && transaction.getTransactionKey() != null
                && transaction.getResource(absent(lead, externalId)) == Boolean.TRUE) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT p FROM Project p WHERE p.leadTerritory = :lead AND p.externalId = :externalId"
                                + " AND p.deletedAt IS NULL",
                        Project.class)
                .setParameter("lead", lead)
                .setParameter("externalId", externalId)
                // what is pending in this persistence context is the project being written, whose key this checks
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    /**
     * The projects of this lead territory with these partner systems' ids, unless deleted, with what their
     * representation reads, by externalId: in a few statements however many they are (a bulk upsert).
     */
    public Map<String, Project> findByExternalIds(Territory lead, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        // the ids first, one lookup for each externalId (given all as one JSON array), then the projects with
        // what their representation reads. Each lookup is a subquery that names only the lead and the
        // externalId (the deleted projects are left out after it; its OFFSET keeps PostgreSQL from moving that
        // condition into it), so only the full index on (lead, externalId) can serve it (V15): however the
        // planner guesses, also on a table not analyzed yet (a new network's first bulk upserts), where it read
        // a partial index whole for each item
        var array = JSON.createArrayBuilder();
        externalIds.forEach(array::add);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(BY_EXTERNAL_IDS)
                .setParameter(1, lead.id())
                .setParameter(2, array.build().toString())
                .getResultList();
        var found = new HashMap<String, Project>();
        if (!ids.isEmpty()) {
            load(ids.stream().map(Number::longValue).toList())
                    .forEach(project -> found.put(project.externalId(), project));
        }
        if (transaction.getTransactionKey() != null) {
            // what none has is remembered until a project of this transaction takes it (keyed): the bulk upsert
            // that asked does not ask again for each project it creates
            for (String externalId : externalIds) {
                if (!found.containsKey(externalId)) {
                    transaction.putResource(absent(lead, externalId), Boolean.TRUE);
                }
            }
        }
        return found;
    }

    /** A project of this transaction now has this lead territory and partner system's id. */
    public void keyed(Territory lead, String externalId) {
        if (lead != null && transaction.getTransactionKey() != null) {
            transaction.putResource(absent(lead, externalId), Boolean.FALSE);
        }
    }

    private static String absent(Territory lead, String externalId) {
        return ABSENT + lead.id() + ":" + externalId;
    }

    /** Whether the lead territory has (or had, deleted since) a project with a partner system's id. */
    public boolean everHad(String leadSlug, String externalId) {
        return !em.createQuery(
                        "SELECT p.id FROM Project p WHERE p.leadTerritory.slug = :lead AND p.externalId = :externalId",
                        Long.class)
                .setParameter("lead", leadSlug)
                .setParameter("externalId", externalId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * A page of the projects that are not deleted. Its ids come first from an index in the sort order
     * (V6__projects: an index-only scan, however deep the page), then the rows of the page.
     */
    public Page<Project> search(Filter filter, PageRequest request) {
        return Search.of(em, Project.class, "p")
                .where("p.deletedAt IS NULL")
                .where(
                        "(p.leadTerritory.slug = :territory OR EXISTS (SELECT t FROM Project x JOIN"
                                + " x.partnerTerritories t WHERE x = p AND t.slug = :territory))",
                        "territory",
                        filter.territory())
                .where(
                        "EXISTS (SELECT a FROM Project y JOIN y.axes a WHERE y = p AND a.slug = :axis)",
                        "axis",
                        filter.axis())
                .where("p.status = :status", "status", filter.status())
                .where("p.memorandum.uuid = :mou", "mou", filter.mou())
                .where("p.externalId = :externalId", "externalId", filter.externalId())
                .matching(filter.text())
                .pageByIds(request, this::load, Project::id);
    }

    /**
     * Up to {@code size} projects that are not deleted, with an id above {@code afterId}, in the order of
     * their ids, with what their representation reads: an export walks every project this way, one batch
     * (and one persistence context) at a time.
     */
    public List<Project> batchAfter(long afterId, int size) {
        return withRelations(em.createQuery(
                                "SELECT p FROM Project p WHERE p.deletedAt IS NULL AND p.id > :after ORDER BY p.id",
                                Project.class)
                        .setParameter("after", afterId)
                        .setMaxResults(size))
                .getResultList();
    }

    /** The projects with these ids, with what their representation reads. */
    List<Project> load(List<Long> ids) {
        return withRelations(em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids", Project.class)
                        .setParameter("ids", ids))
                .getResultList();
    }

    private static TypedQuery<Project> withRelations(TypedQuery<Project> query) {
        query.setHint("eclipselink.left-join-fetch", "p.leadTerritory");
        query.setHint("eclipselink.left-join-fetch", "p.memorandum");
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : BATCHED) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    /** The progress updates of a project, newest first. */
    public List<ProgressUpdate> updates(Project project) {
        return em.createQuery(
                        "SELECT u FROM ProgressUpdate u WHERE u.project = :project ORDER BY u.at DESC, u.id DESC",
                        ProgressUpdate.class)
                .setParameter("project", project)
                .getResultList();
    }

    public void add(ProgressUpdate update) {
        em.persist(update);
    }
}
