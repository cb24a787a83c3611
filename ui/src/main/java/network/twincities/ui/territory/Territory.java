package network.twincities.ui.territory;

import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * A territory as the backend's {@code /territories} resource represents it. The audit fields are
 * read-only; a body the UI sends leaves them out (null values are not written).
 */
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
        Long version,
        String createdAt,
        String createdBy,
        String updatedAt,
        String updatedBy)
        implements RegistryItem<Territory> {

    public static final List<String> KINDS = List.of("COUNTRY", "REGION", "PROVINCE", "CITY", "MUNICIPALITY");
    public static final List<String> MEMBERSHIPS = List.of("CANDIDATE", "MEMBER", "SUSPENDED");

    /** A point on the map: {@code {"lat": 33.5731, "lon": -7.5898}}. */
    public record Location(Double lat, Double lon) {

        /** Whether it can be drawn: both coordinates, in range. */
        public boolean isComplete() {
            return lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        }
    }

    /** The body of a write: the same fields without the read-only ones ({@code slug} only to create). */
    @Override
    public Territory forWrite(boolean withSlug) {
        return new Territory(
                withSlug ? slug : null,
                kind,
                name,
                parent,
                country,
                isoCode,
                population,
                populationYear,
                location,
                membership,
                null,
                null,
                null,
                null,
                null);
    }
}
