package network.twincities.platform.security;

import java.util.Set;
import network.twincities.platform.Roles;

/**
 * Who may do what: the one table of the API's authorization rules (docs/api.md, "Authorization"). Every
 * entry point asks it through {@link Authorization}; {@code PolicyTest} checks it role by role, for the
 * caller's own territory and for another.
 */
public final class Policy {

    private Policy() {}

    /**
     * Whether a caller with these realm roles may perform the action at all, before it is known what the
     * action concerns: an official may draft MoUs, but only those of its territory ({@link #allows(Set,
     * String, Action, Set)} decides that once they are known).
     */
    public static boolean allows(Set<String> roles, Action action) {
        return decide(roles, action, roles.contains(Roles.OFFICIAL), true);
    }

    /**
     * Whether a caller with these realm roles, bound to {@code territory} (null when to none), may
     * perform the action on something that concerns the {@code concerned} territories (their slugs: the
     * parties of an MoU, the party being signed for).
     */
    public static boolean allows(Set<String> roles, String territory, Action action, Set<String> concerned) {
        boolean ownConcerned = territory != null && concerned.contains(territory);
        return decide(roles, action, roles.contains(Roles.OFFICIAL) && ownConcerned, ownConcerned);
    }

    /**
     * @param officialConcerned an official whose territory is concerned (or may be, before it is known)
     * @param ownConcerned the caller's territory is concerned (or may be)
     */
    private static boolean decide(Set<String> roles, Action action, boolean officialConcerned, boolean ownConcerned) {
        boolean admin = roles.contains(Roles.FORUM_ADMIN);
        return switch (action) {
            case READ -> !roles.isEmpty();
            case MANAGE_REGISTRY, READ_AUDIT, REVIEW_MOU, MANAGE_PARTNER_SYSTEMS, MANAGE_PEOPLE -> admin;
            case READ_OWN_PROFILE, EDIT_OWN_PROFILE -> admin || roles.contains(Roles.OFFICIAL);
            case DRAFT_MOU,
                    SIGN_MOU,
                    ATTACH_MOU_DOCUMENT,
                    SHARE_PRACTICE,
                    ADOPT_PRACTICE,
                    EDIT_PROJECT,
                    REPORT_PROGRESS -> admin || officialConcerned;
            case MANAGE_WEBHOOKS -> admin || roles.contains(Roles.API_CLIENT);
            case SYNC_PROJECTS -> (roles.contains(Roles.OFFICIAL) || roles.contains(Roles.API_CLIENT)) && ownConcerned;
        };
    }
}
