package network.twincities.platform.write;

import jakarta.json.JsonValue;
import java.util.Set;
import network.twincities.audit.entity.AuditAction;
import network.twincities.platform.json.Input;
import network.twincities.platform.persistence.Versioned;
import network.twincities.platform.security.Action;

/**
 * What an action on one resource brings to the write path ({@link Writes#act}): a workflow step
 * ({@code /submit}, {@code /approve}...), a signature, an attached document. Like a {@link Writable}
 * it says what is its own (who may, its body, what it concerns, what it changes); the order of checks,
 * If-Match, audit and answer are the write path's.
 *
 * @param <E> the entity acted on
 * @param <B> what the action reads from its request
 */
public interface Act<E extends Versioned, B> {

    /** What the caller asks to do, for the Policy. */
    Action action();

    /**
     * The request body as fields; an unreadable one is refused at once (400, 413, 415). By default the
     * action takes no body.
     */
    default Input body() {
        return Input.of(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Reads what the action needs; every invalid field is rejected in {@code in} (nothing is changed here). */
    default B read(Input in, E entity) {
        return null;
    }

    /** The territories the action concerns (e.g. the MoU's party territories, or the party signing). */
    Set<String> territories(E entity, B input);

    /** Performs the action on the entity; its rules may still refuse (a RuleViolation). */
    void apply(E entity, B input, String actor);

    /** How the audit log records it. */
    default AuditAction audited() {
        return AuditAction.TRANSITION;
    }
}
