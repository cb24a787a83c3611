package network.twincities.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The best practices' figures for the dashboard. */
@ApplicationScoped
public class PracticeStatistics {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    public long practices() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM best_practice")
                        .getSingleResult())
                .longValue();
    }

    /** Adoptions planned, under way or done (those dropped do not count). */
    public long adoptions() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM adoption WHERE status <> 'DROPPED'")
                        .getSingleResult())
                .longValue();
    }
}
