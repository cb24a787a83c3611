package network.twincities.platform.security;

/** What a caller may ask to do; {@link Policy} says who may. */
public enum Action {
    /** Read any network data. */
    READ,
    /** Create, edit and delete territories, organizations, cooperation axes and events. */
    MANAGE_REGISTRY,
    /** Read the audit log. */
    READ_AUDIT,
    /** Create, edit, submit and delete MoU drafts: for an official, only those its territory is party to. */
    DRAFT_MOU,
    /** Approve, reject, request changes on and terminate MoUs. */
    REVIEW_MOU,
    /** Sign an approved MoU for a party: for an official, only for its own territory. */
    SIGN_MOU,
    /** Attach the signed document of an MoU: for an official, only of an MoU its territory is party to. */
    ATTACH_MOU_DOCUMENT,
    /** Subscribe webhooks and read their deliveries: each caller its own. */
    MANAGE_WEBHOOKS,
    /**
     * Create, edit and delete best practices: for an official, only those of its own territory (forum
     * administrators moderate all of them).
     */
    SHARE_PRACTICE,
    /** Record, change and withdraw adoptions of best practices: for an official, only its own territory's. */
    ADOPT_PRACTICE,
    /** Create, edit and delete projects: for an official, only those its territory leads. */
    EDIT_PROJECT,
    /** Post a progress update on a project: for an official, only one its territory leads or partners in. */
    REPORT_PROGRESS,
    /**
     * Upsert projects in bulk ({@code POST /sync/projects}): officials and API clients, only projects their own
     * territory leads; a caller bound to no territory may not.
     */
    SYNC_PROJECTS,
    /** Issue, list, rotate and revoke the API credentials of partner systems: forum administrators only. */
    MANAGE_PARTNER_SYSTEMS,
    /** Invite people, list them, change their territory and roles, disable them: forum administrators only. */
    MANAGE_PEOPLE,
    /** Read one's own profile ({@code /me}): people who sign in (officials, forum administrators). */
    READ_OWN_PROFILE,
    /** Change one's own preferred language: people who sign in (officials, forum administrators). */
    EDIT_OWN_PROFILE
}
