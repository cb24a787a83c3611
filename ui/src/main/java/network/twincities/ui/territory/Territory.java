package network.twincities.ui.territory;

import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;

/** A territory as the backend's {@code /territories} resource represents it. */
public record Territory(
        String slug,
        String kind,
        LocalizedText name,
        String parent,
        String country,
        String isoCode,
        Long population,
        Integer populationYear,
        Location location,
        String membership,
        Long version) {

    public static final List<String> KINDS = List.of("COUNTRY", "REGION", "PROVINCE", "CITY", "MUNICIPALITY");
    public static final List<String> MEMBERSHIPS = List.of("CANDIDATE", "MEMBER", "SUSPENDED");

    /** A point on the map: {@code {"lat": 33.5731, "lon": -7.5898}}. */
    public record Location(Double lat, Double lon) {}
}
