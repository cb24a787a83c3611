package network.twincities.platform.write;

import java.util.Optional;
import java.util.Set;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.persistence.Versioned;
import network.twincities.platform.security.Action;

/**
 * What a resource brings to the one write path ({@link Writes}): its name, how to find one, its
 * editable fields and how they apply, and its API representation. The sequence of a write (the order
 * of checks, preconditions, read-only fields, audit, the answer) is not the resource's business.
 *
 * @param <E> the entity
 * @param <F> the editable fields of a request body, read and resolved (references looked up)
 * @param <R> the API representation
 */
public interface Writable<E extends Versioned, F, R extends ReadOnly> {

    ResourceName resource();

    /** Who may create, edit and delete them. */
    Action writeAction();

    /**
     * The territories (slugs) an entity concerns, for rules such as "an official of a party territory"
     * ({@link network.twincities.platform.security.Policy}); none by default, where the role alone decides.
     */
    default Set<String> territories(E entity) {
        return Set.of();
    }

    /** The territories an entity with these fields would concern (checked on creation and on edit). */
    default Set<String> territoriesOf(F fields) {
        return Set.of();
    }

    Optional<E> find(String id);

    R represent(E entity);

    /**
     * Reads the editable fields of a body, resolving references; every problem is collected in {@code in}
     * (nothing is changed here).
     *
     * @param current the entity being edited, null on creation
     */
    F read(Input in, E current);

    /**
     * Makes a new entity from valid fields (not yet persisted).
     *
     * @param id the slug the client chose, or null where the server makes the id
     */
    E create(String id, F fields, String actor);

    /** Applies valid fields to the entity; its rules may still refuse ({@link network.twincities.platform.domain.RuleViolation}). */
    void update(E entity, F fields);

    /**
     * Saves a created or changed entity that is kept outside the application's database (people, kept in
     * Keycloak) and answers true; by default nothing is saved here (false) and the write path persists the
     * JPA entity. Called after the entity's fields were applied and before the audit entry is written, in
     * the write's transaction: when saving fails, nothing is audited.
     *
     * @param created whether the entity was just made by {@link #create} (else it was edited)
     */
    default boolean saveElsewhere(E entity, boolean created) {
        return false;
    }

    /** The entity's own rules on being removed (e.g. only drafts); refuses with a RuleViolation. None by default. */
    default void removing(E entity) {}

    /**
     * Removes the entity by marking it (a soft delete: gone for the API, kept for the record and the change
     * feed) and answers true; by default nothing is marked (false) and the write path deletes the row.
     */
    default boolean markRemoved(E entity, String actor) {
        return false;
    }
}
