package network.twincities.audit.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import network.twincities.audit.entity.AuditAction;
import network.twincities.platform.ResourceName;

/**
 * A change of a resource, published as a CDI event by the {@link AuditLog} that every change goes
 * through. Observe it with {@code @Observes} to act in the transaction of the change (a change feed, a
 * webhook outbox: recorded with the change or not at all), or with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} once it is committed.
 *
 * @param version the resource's version after the change (its last version for a deletion)
 * @param data the resource as the API serves it after the change; null for a deletion
 */
public record Changed(
        ResourceName resource, String id, AuditAction action, int version, JsonObject data, String actor, Instant at) {}
