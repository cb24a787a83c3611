package network.twincities.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.platform.write.References;
import network.twincities.platform.write.Referrer;
import network.twincities.territory.entity.Territory;

/** A territory that partner systems act for (revoked ones too: the registry keeps them) is not deleted. */
@ApplicationScoped
public class PartnerReferences implements Referrer {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (!(target instanceof Territory)) {
            return Optional.empty();
        }
        long count = em.createQuery("SELECT COUNT(p) FROM PartnerSystem p WHERE p.territory = :target", Long.class)
                .setParameter("target", target)
                .getSingleResult();
        return References.count(count, "partner system", "partner systems");
    }
}
