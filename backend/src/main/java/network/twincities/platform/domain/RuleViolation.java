package network.twincities.platform.domain;

/**
 * A rule of the domain that a change would break, thrown by the entity that keeps the rule. With a
 * field, the change's content is invalid (422 naming the field); without one, it conflicts with the
 * current state (409). Never a 500.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    private RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The value of {@code field} breaks the rule that {@code message} states. */
    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(field, message);
    }

    /** The change conflicts with the current state, as {@code message} says. */
    public static RuleViolation conflict(String message) {
        return new RuleViolation(null, message);
    }

    /** The JSON field the rule is about; null for a conflict with the current state. */
    public String field() {
        return field;
    }
}
