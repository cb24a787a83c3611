package network.twincities.memorandum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import network.twincities.axis.entity.Axis;
import network.twincities.event.entity.Event;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.write.Referrer;
import network.twincities.territory.entity.Territory;

/**
 * MoUs refer to the territories and organizations that are party to them, to their cooperation axes and
 * to the event where they are signed: none of those can be removed while an MoU names it.
 */
@ApplicationScoped
public class MemorandumReferences implements Referrer {

    /** How many references a message names at most. */
    static final int NAMED = 5;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (target instanceof Territory) {
            return named(references("JOIN m.parties p WHERE p.territory = :target", target));
        }
        if (target instanceof Organization) {
            return named(references("JOIN m.parties p WHERE p.organization = :target", target));
        }
        if (target instanceof Axis) {
            return named(references("JOIN m.axes a WHERE a = :target", target));
        }
        if (target instanceof Event) {
            return named(references("WHERE m.event = :target", target));
        }
        return Optional.empty();
    }

    private List<String> references(String condition, Object target) {
        return em.createQuery(
                        "SELECT DISTINCT m.reference FROM Memorandum m " + condition + " ORDER BY m.reference",
                        String.class)
                .setParameter("target", target)
                .getResultList();
    }

    /** "the MoU TCI-2024-001", "the MoUs TCI-2024-001, TCI-2026-002". */
    static Optional<String> named(List<String> references) {
        if (references.isEmpty()) {
            return Optional.empty();
        }
        String listed = String.join(", ", references.subList(0, Math.min(NAMED, references.size())));
        String more = references.size() > NAMED ? " and " + (references.size() - NAMED) + " more" : "";
        return Optional.of((references.size() == 1 ? "the MoU " : "the MoUs ") + listed + more);
    }
}
