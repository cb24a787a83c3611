package network.twincities.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes that a person was seen now, in a transaction of its own (no version, no audit). */
@ApplicationScoped
public class ActivityRecorder {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username) {
        em.createNativeQuery("INSERT INTO person_activity (username, last_seen_at) VALUES (?1, now())"
                        + " ON CONFLICT (username) DO UPDATE SET last_seen_at = excluded.last_seen_at")
                .setParameter(1, username)
                .executeUpdate();
    }
}
