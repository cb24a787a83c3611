package network.twincities.project.entity;

/** Where a project stands; its editors set it. */
public enum ProjectStatus {
    PROPOSED,
    ACTIVE,
    ON_HOLD,
    COMPLETED,
    CANCELLED
}
