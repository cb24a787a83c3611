package network.twincities.territory.entity;

/** Where a territory stands in the network. */
public enum Membership {
    CANDIDATE,
    MEMBER,
    SUSPENDED
}
