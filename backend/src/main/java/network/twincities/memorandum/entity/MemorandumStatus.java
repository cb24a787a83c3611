package network.twincities.memorandum.entity;

/** Where an MoU is in its workflow (API.md, "MoU workflow"). */
public enum MemorandumStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    SIGNED,
    TERMINATED,
    EXPIRED;

    /** Only drafts and MoUs sent back for changes can be edited. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
