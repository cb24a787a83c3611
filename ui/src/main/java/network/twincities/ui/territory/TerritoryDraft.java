package network.twincities.ui.territory;

import network.twincities.ui.platform.api.LocalizedText;

/**
 * What the territory form edits, field by field (Binder writes into it); blank texts become
 * absent values, a location needs at least one coordinate.
 */
final class TerritoryDraft {

    String slug = "";
    String kind;
    String nameEn = "";
    String nameFr = "";
    String nameAr = "";
    String parent;
    String country;
    String isoCode = "";
    Integer population;
    Integer populationYear;
    Double lat;
    Double lon;
    String membership;

    static TerritoryDraft of(Territory territory) {
        TerritoryDraft draft = new TerritoryDraft();
        if (territory == null) {
            return draft;
        }
        draft.slug = text(territory.slug());
        draft.kind = territory.kind();
        if (territory.name() != null) {
            draft.nameEn = text(territory.name().en());
            draft.nameFr = text(territory.name().fr());
            draft.nameAr = text(territory.name().ar());
        }
        draft.parent = territory.parent();
        draft.country = territory.country();
        draft.isoCode = text(territory.isoCode());
        draft.population =
                territory.population() == null ? null : (int) Math.min(Integer.MAX_VALUE, territory.population());
        draft.populationYear = territory.populationYear();
        if (territory.location() != null) {
            draft.lat = territory.location().lat();
            draft.lon = territory.location().lon();
        }
        draft.membership = territory.membership();
        return draft;
    }

    Territory toTerritory() {
        return new Territory(
                blankToNull(slug),
                kind,
                new LocalizedText(blankToNull(nameEn), blankToNull(nameFr), blankToNull(nameAr)),
                blankToNull(parent),
                blankToNull(country),
                blankToNull(isoCode),
                population == null ? null : population.longValue(),
                populationYear,
                lat == null && lon == null ? null : new Territory.Location(lat, lon),
                blankToNull(membership),
                null,
                null,
                null,
                null,
                null);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
