package network.twincities.ui.territory;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import network.twincities.ui.platform.i18n.Formats;

/** How the territories view writes a territory's values in the user's language. */
final class TerritoryLabels {

    private TerritoryLabels() {}

    /** An enum value of the API through its translation key {@code prefix + value}; unknown values as they are. */
    static String enumLabel(String prefix, String value, List<String> known, Function<String, String> translate) {
        if (value == null) {
            return "";
        }
        return known.contains(value) ? translate.apply(prefix + value) : value;
    }

    /** The population with the language's grouping, and the year it was counted: "6,861,739 (2014)". */
    static String population(Long population, Integer year, Locale locale) {
        if (population == null) {
            return "";
        }
        String count = Formats.integer(population, locale);
        return year == null ? count : count + " (" + Formats.plain(year, locale) + ")";
    }
}
