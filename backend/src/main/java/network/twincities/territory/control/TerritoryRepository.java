package network.twincities.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;

/** Finds territories: by slug, and filtered pages of the directory. */
@ApplicationScoped
public class TerritoryRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** The filters of the territory directory; null means "any". */
    public record Filter(TerritoryKind kind, String country, String text) {}

    public Optional<Territory> findBySlug(String slug) {
        return em.createQuery("SELECT t FROM Territory t WHERE t.slug = :slug", Territory.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Page<Territory> search(Filter filter, PageRequest request) {
        var where = new ArrayList<String>();
        if (filter.kind() != null) {
            where.add("t.kind = :kind");
        }
        if (filter.country() != null) {
            where.add("t.country = :country");
        }
        if (filter.text() != null) {
            where.add("(LOWER(t.slug) LIKE :text OR LOWER(t.name.en) LIKE :text OR LOWER(t.name.fr) LIKE :text"
                    + " OR LOWER(t.name.ar) LIKE :text)");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        // the sort column comes from PageRequest's allow-list, never from the raw parameter
        String order = " ORDER BY t." + request.sortColumn() + (request.ascending() ? " ASC" : " DESC")
                + " NULLS LAST, t.slug";

        var query = em.createQuery(
                "SELECT t FROM Territory t LEFT JOIN FETCH t.parent" + condition + order, Territory.class);
        var count = em.createQuery("SELECT COUNT(t) FROM Territory t" + condition, Long.class);
        for (var q : List.of(query, count)) {
            if (filter.kind() != null) {
                q.setParameter("kind", filter.kind());
            }
            if (filter.country() != null) {
                q.setParameter("country", filter.country().toUpperCase(Locale.ROOT));
            }
            if (filter.text() != null) {
                q.setParameter("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        List<Territory> items = query.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
