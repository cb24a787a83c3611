package network.twincities.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Search;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;

/** Finds territories: by slug, and filtered pages of the directory. */
@ApplicationScoped
public class TerritoryRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** The filters of the territory directory; null means "any". */
    public record Filter(TerritoryKind kind, String country, Membership membership, String parent, String text) {}

    public Optional<Territory> findBySlug(String slug) {
        return em.createQuery("SELECT t FROM Territory t WHERE t.slug = :slug", Territory.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Page<Territory> search(Filter filter, PageRequest request) {
        return Search.of(em, Territory.class, "t")
                .fetch("t.parent")
                .where("t.kind = :kind", "kind", filter.kind())
                .where("t.country = :country", "country", upper(filter.country()))
                .where("t.membership = :membership", "membership", filter.membership())
                .where("t.parent.slug = :parent", "parent", filter.parent())
                .text(filter.text(), "t.slug", "t.name.en", "t.name.fr", "t.name.ar")
                .page(request);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
