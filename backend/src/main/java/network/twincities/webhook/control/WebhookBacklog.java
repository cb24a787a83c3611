package network.twincities.webhook.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;

/**
 * The webhook outbox's backlog: deliveries not delivered yet (pending, including those being retried). An
 * EJB, so that the metrics' admin port, whose threads are not the container's request threads, can ask.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WebhookBacklog {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** How many deliveries wait (a count over a partial index); empty when the database does not answer. */
    public OptionalLong pending() {
        try {
            var count = (Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'")
                    .getSingleResult();
            return OptionalLong.of(count.longValue());
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
