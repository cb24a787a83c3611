package network.twincities.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import network.twincities.audit.entity.AuditAction;
import network.twincities.audit.entity.AuditEntry;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Appends;
import network.twincities.platform.persistence.Search;
import network.twincities.platform.security.Caller;

/**
 * Records changes in the caller's transaction (MANDATORY: a change without a transaction would be a
 * change without its audit entry). Resources hand it snapshots of their API representation, so the
 * log speaks the API's language. It is the one point every change passes through, so it also
 * publishes each change as a {@link Changed} event, in the same transaction: what feeds the change
 * feed and webhooks observes that event, and no write can forget to publish its change.
 */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<Changed> changed;

    @Inject
    Appends appends;

    /** The audit log's table, appended to only. */
    static final Appends.Table<AuditEntry> ENTRIES = new Appends.Table<>() {
        @Override
        public String insert() {
            return "INSERT INTO audit_entry (at, actor, resource, resource_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement statement, AuditEntry entry) throws SQLException {
            statement.setObject(1, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
            statement.setString(2, entry.actor());
            statement.setString(3, entry.resource());
            statement.setString(4, entry.resourceId());
            statement.setString(5, entry.action().name());
            statement.setString(6, entry.changes());
        }
    };

    /** The JSON of an API representation, as the audit log compares it. */
    public static JsonObject snapshot(Object representation) {
        if (representation == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(JSONB.toJson(representation)))) {
            return reader.readObject();
        }
    }

    /** Entries of one resource name and id (either may be null: any), in the order of the request. */
    public Page<AuditEntry> search(String resource, String id, PageRequest request) {
        return Search.of(em, AuditEntry.class, "a")
                .where("a.resource = :resource", "resource", resource)
                .where("a.resourceId = :id", "id", id)
                .thenBy("id")
                .page(request);
    }

    /** Records a change made by the caller of this request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ResourceName resource, String id, AuditAction action, Object before, Object after, int version) {
        record(caller.name(), resource, id, action, before, after, version);
    }

    /**
     * Records a change made by {@code actor} and publishes it.
     *
     * @param before the API representation before the change, null when created
     * @param after the API representation after the change, null when deleted
     * @param version the resource's version after the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String actor,
            ResourceName resource,
            String id,
            AuditAction action,
            Object before,
            Object after,
            int version) {
        var data = snapshot(after);
        var changes = Changes.between(snapshot(before), data);
        var entry = new AuditEntry(actor, resource.path(), id, action, changes.toString());
        if (action != AuditAction.UPDATE || !changes.isEmpty()) { // an edit that changed nothing has nothing to tell
            // appended (with the other entries of a batch of writes, in one statement); not an entity of the
            // persistence context: the log is never read back in the transaction that writes it
            appends.add(ENTRIES, entry);
        }
        changed.fire(new Changed(resource, id, action, version, data, actor, entry.at()));
        appends.flush(); // the entry and what observers appended (the feed's change), now or with their batch
    }
}
