package network.twincities.platform.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import network.twincities.audit.control.AuditLog;
import network.twincities.audit.entity.AuditAction;
import network.twincities.platform.Links;
import network.twincities.platform.Preconditions;
import network.twincities.platform.ResourceName;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.JsonBodies;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.persistence.Appends;
import network.twincities.platform.persistence.Versioned;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.security.Caller;

/**
 * The one path every read of a single resource and every write takes, in the contract's order of
 * checks: who are you (401, done before any resource runs) → no such resource (404) → not yours (403)
 * → unreadable body (400, 413) → If-Match (428, 412) → read-only fields and invalid content (422) →
 * conflicts (409); then the change is applied, audited (which publishes it as a change event) and
 * answered with the resource and its ETag. Actions on one resource (workflow steps, signatures, an
 * attached document: {@link Act}) take the same path. Where a rule depends on the caller's territory,
 * the role is checked before the body is read and the territories concerned once they are known.
 * Each write is one transaction: a refusal at any step changes nothing.
 */
@ApplicationScoped
public class Writes {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Authorization authorization;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    References references;

    @Inject
    Links links;

    @Inject
    Appends appends;

    /** GET of one resource: 200 with its ETag, or 404. */
    public <E extends Versioned, F, R extends ReadOnly> Response get(Writable<E, F, R> kind, String id) {
        E entity = find(kind, id);
        return ok(kind.represent(entity), entity.version());
    }

    /** POST to the collection: 201 with {@code Location}, the new resource and its ETag. */
    @Transactional
    public <E extends Versioned, F, R extends ReadOnly> Response create(Writable<E, F, R> kind, InputStream body) {
        authorization.require(kind.writeAction());
        E entity = insert(kind, JsonBodies.readObject(body), caller.name(), true);
        String id = entity.resourceId();
        return Response.created(links.resource(kind.resource(), id))
                .tag(Preconditions.etag(entity.version()))
                .entity(kind.represent(entity))
                .build();
    }

    /**
     * Creates a resource on behalf of the system (the demo loader), in the caller's transaction: the same
     * checks as a client's POST but for the caller's role.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends Versioned, F, R extends ReadOnly> E createAs(
            String actor, Writable<E, F, R> kind, JsonObject body) {
        return insert(kind, body, actor, false);
    }

    /** What an upsert did to its resource. */
    public enum Upserted {
        CREATED,
        UPDATED,
        /** The body said what the resource is already: no new version, no audit entry, no change event. */
        UNCHANGED
    }

    /** The resource an upsert created or edited, and what it did. */
    public record Upsert<E>(E entity, Upserted result) {}

    /** One item of a batch of upserts: the resource to edit (null to create one) and what the body says of it. */
    public record Item<E>(E current, JsonObject body) {}

    /** What became of an item of a batch: its upsert, or (then null) the refusal of its content. */
    public record Outcome<E>(Upsert<E> done, RuntimeException refused) {}

    /**
     * Creates resources, or edits existing ones to be what their bodies say, in the caller's transaction and
     * on behalf of {@code actor}: the checks of a POST or a PUT (without If-Match, an upsert takes what it
     * finds) but for the role and territories, which the caller checked. An edit that would change nothing
     * is not applied: no new version, no audit entry, no change event. Invalid content is refused as on a
     * POST or a PUT (a 422 naming the fields, a RuleViolation), and the transaction is not marked for
     * rollback then: a bulk upsert goes on to name every bad item, then refuses them all.
     *
     * <p>Each item is checked and applied; then, if none was refused, the batch is written at once (the
     * database gets its rows in batches, not a statement and a round trip each), and each change is
     * audited and published. If an item is refused, nothing of the batch is written: the caller names the
     * refused items and rolls back, after letting go of the persistence context.
     */
    @Transactional(
            value = Transactional.TxType.MANDATORY,
            dontRollbackOn = {ProblemException.class, RuleViolation.class})
    public <E extends Versioned, F, R extends ReadOnly> List<Outcome<E>> upsertAllAs(
            String actor, Writable<E, F, R> kind, List<Item<E>> items) {
        var outcomes = new ArrayList<Outcome<E>>();
        var befores = new ArrayList<R>();
        boolean refused = false;
        for (var item : items) {
            R before = null;
            try {
                if (item.current() == null) {
                    outcomes.add(new Outcome<>(
                            new Upsert<>(prepare(kind, item.body(), actor, false), Upserted.CREATED), null));
                } else {
                    E current = item.current();
                    var in = Input.of(item.body());
                    before = kind.represent(current);
                    F fields = kind.read(in, current);
                    in.validate();
                    var snapshot = AuditLog.snapshot(before);
                    apply(kind, current, fields);
                    if (snapshot.equals(AuditLog.snapshot(kind.represent(current)))) {
                        outcomes.add(new Outcome<>(new Upsert<>(current, Upserted.UNCHANGED), null));
                    } else {
                        current.touch(actor);
                        outcomes.add(new Outcome<>(new Upsert<>(current, Upserted.UPDATED), null));
                    }
                }
            } catch (ProblemException | RuleViolation e) {
                outcomes.add(new Outcome<>(null, e));
                refused = true;
            }
            befores.add(before);
        }
        if (refused) {
            return outcomes;
        }
        em.flush();
        appends.batch(() -> {
            for (int i = 0; i < outcomes.size(); i++) {
                var done = outcomes.get(i).done();
                if (done.result() != Upserted.UNCHANGED) {
                    E entity = done.entity();
                    audit.record(
                            actor,
                            kind.resource(),
                            entity.resourceId(),
                            done.result() == Upserted.CREATED ? AuditAction.CREATE : AuditAction.UPDATE,
                            befores.get(i),
                            kind.represent(entity),
                            entity.version());
                }
            }
        });
        return outcomes;
    }

    private <E extends Versioned, F, R extends ReadOnly> E insert(
            Writable<E, F, R> kind, JsonObject body, String actor, boolean asCaller) {
        E entity = prepare(kind, body, actor, asCaller);
        em.flush();
        audit.record(
                actor,
                kind.resource(),
                entity.resourceId(),
                AuditAction.CREATE,
                null,
                kind.represent(entity),
                entity.version());
        return entity;
    }

    /** The new resource, checked and made persistent (written at the next flush). */
    private <E extends Versioned, F, R extends ReadOnly> E prepare(
            Writable<E, F, R> kind, JsonObject body, String actor, boolean asCaller) {
        ResourceName resource = kind.resource();
        var in = Input.of(body);
        String slug = resource.idKind() == ResourceName.IdKind.SLUG
                ? in.slug(resource.idKind().field(), true)
                : null;
        F fields = kind.read(in, null);
        if (asCaller) {
            authorization.require(kind.writeAction(), kind.territoriesOf(fields));
        }
        in.validate();
        if (slug != null && kind.find(slug).isPresent()) {
            throw ProblemException.conflict(resource.exists(slug));
        }
        E entity = kind.create(slug, fields, actor);
        if (!kind.saveElsewhere(entity, true)) {
            em.persist(entity);
        }
        return entity;
    }

    /** PUT of the whole resource, as GET served it with the client's changes: 200 with the new ETag. */
    @Transactional
    public <E extends Versioned, F, R extends ReadOnly> Response update(
            Writable<E, F, R> kind, String id, String ifMatch, InputStream body) {
        E entity = find(kind, id);
        authorization.require(kind.writeAction(), kind.territories(entity));
        var in = Input.of(JsonBodies.readObject(body));
        Preconditions.requireIfMatch(ifMatch, entity.version());
        R before = kind.represent(entity);
        in.readOnly(kind.resource().idKind().field(), id);
        ReadOnly.check(in, before);
        F fields = kind.read(in, entity);
        authorization.require(kind.writeAction(), kind.territoriesOf(fields));
        in.validate();
        apply(kind, entity, fields);
        entity.touch(caller.name());
        kind.saveElsewhere(entity, false);
        em.flush();
        R after = kind.represent(entity);
        audit.record(kind.resource(), id, AuditAction.UPDATE, before, after, entity.version());
        return ok(after, entity.version());
    }

    /**
     * Applies valid fields to the entity, holding its changes back from the database while the resource's
     * own queries run (e.g. whether another project has the externalId): flushed there, the entity would
     * get one version for its fields and another for its audit fields.
     */
    private <E extends Versioned, F, R extends ReadOnly> void apply(Writable<E, F, R> kind, E entity, F fields) {
        var mode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            kind.update(entity, fields);
        } finally {
            em.setFlushMode(mode);
        }
    }

    /** DELETE: 204, or 409 naming what still refers to the resource. */
    @Transactional
    public <E extends Versioned, F, R extends ReadOnly> Response delete(
            Writable<E, F, R> kind, String id, String ifMatch) {
        E entity = find(kind, id);
        authorization.require(kind.writeAction(), kind.territories(entity));
        Preconditions.requireIfMatch(ifMatch, entity.version());
        R before = kind.represent(entity);
        kind.removing(entity);
        String singular = kind.resource().singular();
        references.requireNone(
                entity, Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + " '" + id + "'");
        if (kind.markRemoved(entity, caller.name())) {
            entity.touch(caller.name());
        } else {
            em.remove(entity);
        }
        em.flush();
        audit.record(kind.resource(), id, AuditAction.DELETE, before, null, entity.version());
        return Response.noContent().build();
    }

    /**
     * An action on one resource ({@link Act}): 200 with the resource and its new ETag. {@code If-Match} is
     * optional; when given it must name the current version.
     */
    @Transactional
    public <E extends Versioned, F, R extends ReadOnly, B> Response act(
            Writable<E, F, R> kind, String id, String ifMatch, Act<E, B> act) {
        E entity = find(kind, id);
        authorization.require(act.action());
        var in = act.body();
        B input = act.read(in, entity);
        authorization.require(act.action(), act.territories(entity, input));
        Preconditions.checkIfMatch(ifMatch, entity.version());
        in.validate();
        R after = perform(caller.name(), kind, id, entity, act, input);
        return ok(after, entity.version());
    }

    /**
     * An action on behalf of the system (the demo loader), in the caller's transaction: the same checks as
     * a client's but for the caller's role.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends Versioned, F, R extends ReadOnly, B> E actAs(
            String actor, Writable<E, F, R> kind, String id, Act<E, B> act) {
        E entity = find(kind, id);
        var in = act.body();
        B input = act.read(in, entity);
        in.validate();
        perform(actor, kind, id, entity, act, input);
        return entity;
    }

    private <E extends Versioned, F, R extends ReadOnly, B> R perform(
            String actor, Writable<E, F, R> kind, String id, E entity, Act<E, B> act, B input) {
        R before = kind.represent(entity);
        act.apply(entity, input, actor);
        entity.touch(actor);
        em.flush();
        R after = kind.represent(entity);
        audit.record(actor, kind.resource(), id, act.audited(), before, after, entity.version());
        return after;
    }

    /** The resource with this id, or 404. */
    public <E extends Versioned> E find(Writable<E, ?, ?> kind, String id) {
        return kind.find(id)
                .orElseThrow(() -> ProblemException.notFound(kind.resource().notFound(id)));
    }

    /** 200 with the resource and its ETag. */
    public static Response ok(Object representation, int version) {
        return Response.ok(representation).tag(Preconditions.etag(version)).build();
    }
}
