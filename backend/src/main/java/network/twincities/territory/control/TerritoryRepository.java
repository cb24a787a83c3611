package network.twincities.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Lookups;
import network.twincities.platform.persistence.Search;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;

/** Finds territories: by slug, and filtered pages of the directory. */
@ApplicationScoped
public class TerritoryRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Lookups lookups;

    /** The key of the transaction-scoped advisory lock that serializes moves in the hierarchy. */
    static final long HIERARCHY_LOCK = 4242002;

    /** The filters of the territory directory; null means "any". */
    public record Filter(TerritoryKind kind, String country, Membership membership, String parent, String text) {}

    public Optional<Territory> findBySlug(String slug) {
        return lookups.find(Territory.class, slug, () -> Search.bySlug(em, Territory.class, slug));
    }

    public Page<Territory> search(Filter filter, PageRequest request) {
        return Search.of(em, Territory.class, "t")
                .fetch("t.parent")
                .where("t.kind = :kind", "kind", filter.kind())
                .where("t.country = :country", "country", filter.country())
                .where("t.membership = :membership", "membership", filter.membership())
                .where("t.parent.slug = :parent", "parent", filter.parent())
                .text(filter.text(), "t.slug", "t.name.en", "t.name.fr", "t.name.ar")
                .page(request);
    }

    /**
     * Whether placing {@code territory} below {@code parent} would make a cycle (the parent is the
     * territory or one of its descendants), as committed now. Takes the hierarchy's lock for the rest of
     * the transaction first, so that two concurrent moves are checked one after the other.
     */
    public boolean wouldCycle(Territory territory, Territory parent) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + HIERARCHY_LOCK + ")")
                .getSingleResult();
        Number found = (Number) em.createNativeQuery("""
                        WITH RECURSIVE up(id, parent_id) AS (
                            SELECT id, parent_id FROM territory WHERE id = ?1
                            UNION
                            SELECT t.id, t.parent_id FROM territory t JOIN up ON t.id = up.parent_id)
                        SELECT COUNT(*) FROM up WHERE id = ?2""")
                .setParameter(1, parent.id())
                .setParameter(2, territory.id())
                .getSingleResult();
        return found.longValue() > 0;
    }

    /** The number of territories right below {@code territory}. */
    public long children(Territory territory) {
        return em.createQuery("SELECT COUNT(t) FROM Territory t WHERE t.parent = :t", Long.class)
                .setParameter("t", territory)
                .getSingleResult();
    }
}
