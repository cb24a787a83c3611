package network.twincities.audit.entity;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A workflow step (an MoU submitted, approved, signed...). */
    TRANSITION
}
