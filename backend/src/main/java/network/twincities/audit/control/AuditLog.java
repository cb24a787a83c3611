package network.twincities.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import network.twincities.audit.entity.AuditAction;
import network.twincities.audit.entity.AuditEntry;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Search;
import network.twincities.platform.security.Caller;

/**
 * Records changes in the caller's transaction (MANDATORY: a change without a transaction would be a
 * change without its audit entry). Resources hand it snapshots of their API representation, so the
 * log speaks the API's language.
 */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Caller caller;

    /** The JSON of an API representation, as the audit log compares it. */
    public static JsonObject snapshot(Object representation) {
        if (representation == null) {
            return null;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(JSONB.toJson(representation)))) {
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resource, String id, AuditAction action, Object before, Object after) {
        record(caller.name(), resource, id, action, Changes.between(snapshot(before), snapshot(after)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String resource, String id, AuditAction action, JsonObject changes) {
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return; // nothing changed: nothing to tell
        }
        em.persist(new AuditEntry(actor, resource, id, action, changes.toString()));
    }
}
