package network.twincities.platform.security;

import java.util.Set;
import network.twincities.platform.Roles;

/**
 * Who may do what: the one table of the API's authorization rules (docs/api.md, "Authorization"). Every
 * entry point asks it through {@link Authorization}; {@code PolicyTest} checks it role by role.
 */
public final class Policy {

    private Policy() {}

    /** Whether a caller with these realm roles may perform the action. */
    public static boolean allows(Set<String> roles, Action action) {
        boolean authenticated = !roles.isEmpty();
        return switch (action) {
            case READ -> authenticated;
            case MANAGE_REGISTRY, READ_AUDIT -> roles.contains(Roles.FORUM_ADMIN);
        };
    }
}
