package network.twincities.practice.entity;

/** Where a territory stands with another territory's best practice. */
public enum AdoptionStatus {
    PLANNED,
    IN_PROGRESS,
    ADOPTED,
    DROPPED
}
