package network.twincities.platform.security;

/** What a caller may ask to do; {@link Policy} says who may. */
public enum Action {
    /** Read any network data. */
    READ,
    /** Create, edit and delete territories, organizations, cooperation axes and events. */
    MANAGE_REGISTRY,
    /** Read the audit log. */
    READ_AUDIT
}
