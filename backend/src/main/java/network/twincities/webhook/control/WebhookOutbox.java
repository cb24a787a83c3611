package network.twincities.webhook.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import network.twincities.audit.control.Changed;
import network.twincities.audit.entity.AuditAction;
import network.twincities.memorandum.control.MemorandumMoved;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.ResourceName;

/**
 * The webhooks' outbox: every change of the network (the audit log's {@link Changed} events) that some
 * webhook is subscribed to becomes a message and one pending delivery per subscribed webhook, in the
 * transaction of the change, so an event is recorded exactly when its change is committed. An MoU's
 * workflow step is told as its step ({@code mou.signed}), other changes as created, updated or deleted.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final String STEP = WebhookOutbox.class.getName() + ".step:";
    private static final String SUBSCRIBED = WebhookOutbox.class.getName() + ".subscribed";

    /** Looked up once: {@code Json.create…} looks the provider up again (a class path scan) at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Remembers the step for the change of the MoU that the audit log records next in this transaction. */
    void moved(@Observes MemorandumMoved moved) {
        transaction.putResource(STEP + moved.id(), moved.to());
    }

    void changed(@Observes Changed change) {
        String type = type(change);
        if (type == null) {
            return;
        }
        if (!subscribed().contains(type)) {
            return;
        }
        var data = change.data() != null
                ? change.data()
                : JSON.createObjectBuilder().add("id", change.id()).build();
        String body = JSON.createObjectBuilder()
                .add("type", type)
                .add("timestamp", change.at().toString())
                .add("data", data)
                .build()
                .toString();
        var message = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO webhook_message (uuid, type, body, at) VALUES (?1, ?2, ?3, ?4)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, message)
                .setParameter(2, type)
                .setParameter(3, body)
                .setParameter(4, java.time.OffsetDateTime.ofInstant(change.at(), java.time.ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO webhook_delivery (uuid, webhook_id, message_id)"
                        + " SELECT gen_random_uuid(), s.webhook_id, m.id FROM webhook_subscription s, webhook_message m"
                        + " WHERE s.event = ?1 AND m.uuid = ?2")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, type)
                .setParameter(2, message)
                .executeUpdate();
    }

    /**
     * The events some webhook is subscribed to, read once a transaction: a bulk write of a thousand
     * changes asks once. (Subscriptions are not changed in the transactions that change the network.)
     */
    private Set<String> subscribed() {
        @SuppressWarnings("unchecked")
        var events = (Set<String>) transaction.getResource(SUBSCRIBED);
        if (events == null) {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("SELECT DISTINCT event FROM webhook_subscription")
                    .getResultList();
            events = Set.copyOf(rows);
            transaction.putResource(SUBSCRIBED, events);
        }
        return events;
    }

    private String type(Changed change) {
        if (change.resource() == ResourceName.MOUS && change.action() == AuditAction.TRANSITION) {
            Object step = transaction.getResource(STEP + change.id());
            if (step instanceof MemorandumStatus status) {
                return WebhookEvents.step(status);
            }
        }
        return WebhookEvents.of(change.resource(), change.action()).orElse(null);
    }
}
