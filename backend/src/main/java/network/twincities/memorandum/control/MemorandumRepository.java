package network.twincities.memorandum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.Optional;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.memorandum.entity.MemorandumDocument;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.persistence.Search;

/** Finds MoUs, makes their references, and keeps their signed documents. */
@ApplicationScoped
public class MemorandumRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** The filters of the MoU list; null means "any". */
    public record Filter(MemorandumStatus status, String territory, String axis, String text) {}

    /** The MoU with this id (a UUID); empty for anything else. */
    public Optional<Memorandum> find(String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> em.createQuery("SELECT m FROM Memorandum m WHERE m.uuid = :uuid", Memorandum.class)
                        .setParameter("uuid", uuid)
                        .getResultStream()
                        .findFirst());
    }

    public Optional<Memorandum> findByReference(String reference) {
        return em.createQuery("SELECT m FROM Memorandum m WHERE m.reference = :reference", Memorandum.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    public Page<Memorandum> search(Filter filter, PageRequest request) {
        return Search.of(em, Memorandum.class, "m")
                .where("m.status = :status", "status", filter.status())
                .where(
                        "EXISTS (SELECT p FROM Party p WHERE p.memorandum = m AND p.territory.slug = :territory)",
                        "territory",
                        filter.territory())
                .where(
                        "EXISTS (SELECT x FROM Memorandum x JOIN x.axes a WHERE x = m AND a.slug = :axis)",
                        "axis",
                        filter.axis())
                .text(filter.text(), "m.reference", "m.title.en", "m.title.fr", "m.title.ar")
                .thenBy("id")
                .page(request);
    }

    /** A reference no MoU has: {@code TCI-<year>-<number>}, the number from a database sequence. */
    public String nextReference() {
        while (true) {
            long number = ((Number) em.createNativeQuery("SELECT nextval('memorandum_reference_seq')")
                            .getSingleResult())
                    .longValue();
            String reference = String.format("TCI-%d-%03d", Year.now().getValue(), number);
            if (findByReference(reference).isEmpty()) {
                return reference;
            }
        }
    }

    public Optional<MemorandumDocument> document(Memorandum memorandum) {
        return Optional.ofNullable(em.find(MemorandumDocument.class, memorandum.id()));
    }

    /** Stores the signed document of the MoU, replacing any earlier one. */
    public void attach(Memorandum memorandum, byte[] content) {
        document(memorandum)
                .ifPresentOrElse(
                        d -> d.replace(content), () -> em.persist(new MemorandumDocument(memorandum, content)));
    }

    /** How many MoUs are in force (signed, neither terminated nor expired). */
    public long countInForce() {
        return em.createQuery("SELECT COUNT(m) FROM Memorandum m WHERE m.status = :signed", Long.class)
                .setParameter("signed", network.twincities.memorandum.entity.MemorandumStatus.SIGNED)
                .getSingleResult();
    }
}
