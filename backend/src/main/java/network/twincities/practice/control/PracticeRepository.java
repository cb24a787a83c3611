package network.twincities.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.persistence.Search;
import network.twincities.practice.entity.Adoption;
import network.twincities.practice.entity.BestPractice;

/** Finds best practices and their adoptions. */
@ApplicationScoped
public class PracticeRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** The filters of the list; null means "any". */
    public record Filter(String territory, String axis, String tag, String text) {}

    /** The practice with this id (a UUID in its canonical form); empty for anything else. */
    public Optional<BestPractice> find(String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> em.createQuery("SELECT p FROM BestPractice p WHERE p.uuid = :uuid", BestPractice.class)
                        .setParameter("uuid", uuid)
                        .getResultStream()
                        .findFirst());
    }

    /** The practices of a territory with this title in English (the demo loader's test of what exists). */
    public Optional<BestPractice> findByEnglishTitle(String territory, String title) {
        return em.createQuery(
                        "SELECT p FROM BestPractice p WHERE p.territory.slug = :territory AND p.title.en = :title",
                        BestPractice.class)
                .setParameter("territory", territory)
                .setParameter("title", title)
                .getResultStream()
                .findFirst();
    }

    public Page<BestPractice> search(Filter filter, PageRequest request) {
        return Search.of(em, BestPractice.class, "p")
                .where("p.territory.slug = :territory", "territory", filter.territory())
                .where(
                        "EXISTS (SELECT x FROM BestPractice x JOIN x.axes a WHERE x = p AND a.slug = :axis)",
                        "axis",
                        filter.axis())
                .where(
                        "EXISTS (SELECT x FROM BestPractice x JOIN x.tags t WHERE x = p AND t = :tag)",
                        "tag",
                        filter.tag())
                .matching(filter.text())
                .thenBy("id")
                .page(request);
    }

    /** The adoptions of a practice, by territory slug. */
    public List<Adoption> adoptions(BestPractice practice) {
        return em.createQuery(
                        "SELECT a FROM Adoption a WHERE a.practice = :practice ORDER BY a.territory.slug",
                        Adoption.class)
                .setParameter("practice", practice)
                .getResultList();
    }
}
