package network.twincities.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes when a partner system last called, in a transaction of its own (no version, no audit). */
@ApplicationScoped
public class UsageRecorder {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String clientId) {
        em.createNativeQuery(
                        "UPDATE partner_system SET last_used_at = now() WHERE client_id = ? AND revoked_at IS NULL")
                .setParameter(1, clientId)
                .executeUpdate();
    }
}
