package network.twincities.axis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Lookups;
import network.twincities.platform.persistence.Search;

/** Finds cooperation axes, and adds and edits them (axes are not deleted: MoUs and projects keep them). */
@ApplicationScoped
public class AxisRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Lookups lookups;

    public record Filter(Integer sdg, String text) {}

    /** The axis with its SDGs, in one query (an eager collection alone would cost a second one). */
    public Optional<Axis> findBySlug(String slug) {
        return lookups.find(
                Axis.class,
                slug,
                () -> em.createQuery(
                                "SELECT DISTINCT a FROM Axis a LEFT JOIN FETCH a.sdgs WHERE a.slug = :slug", Axis.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst());
    }

    public Page<Axis> search(Filter filter, PageRequest request) {
        return Search.of(em, Axis.class, "a")
                .where(":sdg MEMBER OF a.sdgs", "sdg", filter.sdg())
                .text(filter.text(), "a.slug", "a.name.en", "a.name.fr", "a.name.ar")
                .page(request);
    }
}
