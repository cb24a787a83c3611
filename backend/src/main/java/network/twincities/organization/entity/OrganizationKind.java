package network.twincities.organization.entity;

public enum OrganizationKind {
    FORUM,
    ASSOCIATION,
    GOVERNMENT,
    COMPANY,
    NGO,
    ACADEMIA
}
