package network.twincities.territory.entity;

public enum TerritoryKind {
    COUNTRY,
    REGION,
    PROVINCE,
    CITY,
    MUNICIPALITY
}
